/**
 * Complex lane kernels over structure-of-arrays slices: a Vector API version and a scalar twin of
 * each, with the same operation order so that they agree to the last bit, plus ulp arithmetic.
 */
package madvec.simd.kernels;
