/**
 * Support for the engine's twin kernels (a {@code SimdXxxKernels} class on the Vector API and a
 * {@code PlainXxxKernels} class in plain Java, in the kernel modules): {@link madvec.simd.kernels.UlpDistance},
 * the measure by which the tests of the twins compare them. Engine-internal.
 */
package madvec.simd.kernels;
