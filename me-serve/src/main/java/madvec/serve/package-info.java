/**
 * {@code madvec serve}: matrix elements behind the Open Inference Protocol (KServe v2).
 *
 * <p>{@link madvec.serve.InferenceServer} assembles the parts: {@link madvec.serve.ModelSpec} and
 * {@link madvec.serve.ServeConfig} (what to serve and how), {@link madvec.serve.ModelRegistry} (the
 * compiled matrix elements), {@link madvec.serve.InferCodec} (JSON and binary tensors),
 * {@link madvec.serve.Batcher} (dynamic batching onto the {@link madvec.serve.WorkerPool}),
 * {@link madvec.serve.Evaluation} (one coalesced batch through the API and back),
 * {@link madvec.serve.Routes} (the HTTP endpoints), {@link madvec.serve.Metrics} (Prometheus text).
 */
package madvec.serve;
