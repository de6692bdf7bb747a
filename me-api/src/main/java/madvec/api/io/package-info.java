/**
 * Plain-text tables for the command line: momenta in (one event per line, E px py pz per particle) and
 * matrix elements with their derivatives out (one event per line, 17 significant digits).
 */
package madvec.api.io;
