"""A normalising-flow-style training loop against `madvec serve`: the flow's target density on the
hypercube is p(u) = |M|^2(u) * weight(u), asked for per batch as log_p with its gradient grad_u_log_p.

The "flow" is deliberately tiny so that the example needs numpy only: per coordinate,
u = sigmoid(exp(a) * logit(z) + b) with z uniform, trained by reverse KL,
    L = E_z[ log q(u) - log p(u) ],  log q(u) = -sum_i log du_i/dz_i,
with the gradient through u by the chain rule (the server's grad_u_log_p) and Adam.

    bin/madvec serve --model gg=gg_tt          # in one terminal
    python3 examples/python/flow_example.py    # in another (--model, --url, --steps, --batch)
"""
import argparse
import time

import numpy as np

from madvec_client import Client, InferenceError


def sigmoid(s):
    return 0.5 * (1.0 + np.tanh(0.5 * s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:8000")
    ap.add_argument("--model", default="gg")
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--lr", type=float, default=0.02)
    ap.add_argument("--token", default=None)
    args = ap.parse_args()

    client = Client(args.url, token=args.token)
    meta = client.metadata(args.model)
    d = next(i["shape"][1] for i in meta["inputs"] if i["name"] == "u")
    print(f"model {args.model}: {meta['parameters']['process']}, d = {d}")

    rng = np.random.default_rng(7)
    alpha, beta = np.zeros(d), np.zeros(d)            # the flow's parameters
    m, v = np.zeros(2 * d), np.zeros(2 * d)           # Adam's moments
    eps = 1e-9
    t0 = time.time()
    for step in range(1, args.steps + 1):
        z = rng.uniform(eps, 1 - eps, size=(args.batch, d))
        lz = np.log(z) - np.log1p(-z)
        a = np.exp(alpha)
        s = a * lz + beta
        u = np.clip(sigmoid(s), eps, 1 - eps)
        du_ds = u * (1 - u)
        # log q(u) = -sum log du/dz = -sum [log u + log(1-u) + alpha - log z - log(1-z)]
        log_q = -np.sum(np.log(u) + np.log1p(-u) + alpha - np.log(z) - np.log1p(-z), axis=1)
        try:
            out = client.infer(args.model, u=u, outputs=["log_p", "grad_u_log_p"])
        except InferenceError as e:                   # e.g. an event where |M|^2 = 0: skip the batch
            print(f"step {step}: {e}")
            continue
        log_p, g = out["log_p"], out["grad_u_log_p"]
        loss = np.mean(log_q - log_p)
        # d log q / d(alpha, beta) and d log p / d(alpha, beta) through u
        ds_da, ds_db = a * lz, np.ones_like(lz)
        dlogq_ds = -(1 - 2 * u)
        grad_alpha = np.mean(dlogq_ds * ds_da - 1.0 - g * du_ds * ds_da, axis=0)
        grad_beta = np.mean(dlogq_ds * ds_db - g * du_ds * ds_db, axis=0)
        grad = np.concatenate([grad_alpha, grad_beta])
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        step_ = args.lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        alpha -= step_[:d]
        beta -= step_[d:]
        if step % 20 == 0 or step == 1:
            w = np.exp(log_p - log_q - np.max(log_p - log_q))
            ess = w.sum() ** 2 / (w ** 2).sum() / len(w)
            print(f"step {step:4d}  reverse KL (up to log Z) {loss:10.4f}  ESS/N {ess:.3f}  "
                  f"{step * args.batch / (time.time() - t0):8.0f} events/s")


if __name__ == "__main__":
    main()
