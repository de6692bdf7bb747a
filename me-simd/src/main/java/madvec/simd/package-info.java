/**
 * SIMD lane arithmetic: the path choice ({@link madvec.simd.Simd}), padded structure-of-arrays
 * buffers, and complex kernels over lane arrays with scalar twins.
 */
package madvec.simd;
