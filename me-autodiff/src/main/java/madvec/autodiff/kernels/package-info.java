/**
 * Dual-number lane kernels on raw structure-of-arrays storage: Vector API kernels and their scalar twins.
 * Engine-internal (exported only to the madvec modules); users call the facades in madvec.autodiff.
 */
package madvec.autodiff.kernels;
