/**
 * The public face of madvec: load a process, set parameters, evaluate batches with gradients.
 */
package madvec.api;
