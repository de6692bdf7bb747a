/**
 * Helicity-amplitude kernels in HELAS/ALOHA conventions with exact tangents: external wavefunctions,
 * vertex structures and propagators over chunks of lanes.
 */
package madvec.processes.helas;
