/**
 * The engine's single Vector API species. Loaded only when {@link madvec.simd.Simd#VECTOR} is true,
 * so that the scalar path works where jdk.incubator.vector is not readable.
 */
package madvec.simd.vector;
