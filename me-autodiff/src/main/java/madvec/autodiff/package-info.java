/**
 * Forward-mode dual numbers with k tangents: lane-uniform dual scalars ({@link madvec.autodiff.DualScalar},
 * and {@link madvec.autodiff.ComplexDualScalar} for complex couplings and masses) for model
 * parameters, and dual lane arrays ({@link madvec.autodiff.DualLanes}, with the elementary functions
 * of {@link madvec.autodiff.DualLaneMath}) for per-event real quantities such as phase-space momenta.
 */
package madvec.autodiff;
