/**
 * The madvec command line.
 */
package madvec.cli;
