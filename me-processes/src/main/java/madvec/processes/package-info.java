/**
 * The physics: the Standard Model, helicity-amplitude kernels, process programs and their executor.
 */
package madvec.processes;
