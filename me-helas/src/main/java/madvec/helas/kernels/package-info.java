/**
 * Helicity-amplitude kernels in HELAS/ALOHA conventions with exact tangents: external wavefunctions,
 * vertex structures, propagators, contractions and the colour sum over chunks of lanes laid out as in
 * {@link madvec.helas.kernels.Layout}; each a facade over a SIMD kernel and its plain-Java twin.
 */
package madvec.helas.kernels;
