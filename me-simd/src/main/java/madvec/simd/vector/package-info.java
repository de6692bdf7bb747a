/**
 * The engine's single Vector API species, read by every SIMD kernel. Loaded only when
 * {@link madvec.simd.Simd#VECTOR} is true, so that the scalar path works where jdk.incubator.vector is
 * not readable. Engine-internal.
 */
package madvec.simd.vector;
