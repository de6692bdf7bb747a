/**
 * Dual-number lane kernels on raw structure-of-arrays storage: {@link madvec.autodiff.kernels.SimdDualKernels}
 * on the Vector API and its plain-Java twin {@link madvec.autodiff.kernels.PlainDualKernels}.
 * Engine-internal (exported only to the madvec modules that call the twins directly); users call the
 * facade {@link madvec.autodiff.DualLaneMath}.
 */
package madvec.autodiff.kernels;
