/**
 * Helicity-amplitude kernels in HELAS/ALOHA conventions with exact tangents: external wavefunctions,
 * vertex structures, propagators, contractions and the colour sum over chunks of lanes laid out as in
 * {@link madvec.processes.helas.Layout}; each a facade over a Vector API kernel and its scalar twin.
 */
package madvec.processes.helas;
