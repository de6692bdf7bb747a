/**
 * The SIMD path of the whole engine: {@link madvec.simd.Simd} decides once, at start-up, whether the
 * kernels run on the Vector API or as their plain-Java twins, and fixes the lane padding every lane
 * array of the engine uses.
 */
package madvec.simd;
