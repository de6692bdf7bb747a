/**
 * The public API: {@link madvec.api.MatrixElement} (load a process by string or catalog name, set
 * parameters, choose derivatives, evaluate batches at hypercube points or momenta),
 * {@link madvec.api.Batch} (results as primitive arrays), {@link madvec.api.ParallelEvaluator}.
 */
package madvec.api;
