/** The wavefunction classification shared by programs and kernels. */
package madvec.helas;
