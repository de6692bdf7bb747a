"""A minimal Open Inference Protocol (KServe v2) client for `madvec serve`: numpy and the standard
library only. Tensors travel with the binary tensor data extension (raw little-endian float64 after a
JSON header), so values arrive with exactly the server's bits.

    from madvec_client import Client
    c = Client("http://127.0.0.1:8000")
    out = c.infer("gg", u=np.random.rand(100, 2), outputs=["log_p", "grad_u_log_p"])
    out["log_p"].shape        # (100,)
"""
import json
import urllib.error
import urllib.request

import numpy as np

HEADER = "Inference-Header-Content-Length"


class InferenceError(Exception):
    """The server refused a request: .status is the HTTP status, the message its {"error": ...}."""

    def __init__(self, status, message):
        super().__init__(f"HTTP {status}: {message}")
        self.status = status


class Client:
    def __init__(self, url="http://127.0.0.1:8000", token=None, timeout=60.0):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _send(self, path, body=None, headers=None):
        req = urllib.request.Request(self.url + path, data=body, headers=dict(headers or {}),
                                     method="POST" if body is not None else "GET")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            payload = e.read()
            try:
                message = json.loads(payload)["error"]
            except (ValueError, KeyError):
                message = payload.decode(errors="replace")
            raise InferenceError(e.code, message) from None

    def ready(self):
        try:
            return self._send("/v2/health/ready")[0] == 200
        except (InferenceError, OSError):
            return False

    def metadata(self, model):
        return json.loads(self._send(f"/v2/models/{model}")[2])

    def infer(self, model, u=None, momenta=None, theta=None, outputs=("me",), parameters=None):
        """Evaluates a batch. u: [B, d] hypercube points, or momenta: [B, 4n] (E px py pz per particle,
        incoming first); theta: [P] values of the model's declared parameters. Returns {output: array}."""
        inputs, blobs = [], []
        for name, value in (("u", u), ("momenta", momenta), ("theta", theta)):
            if value is None:
                continue
            a = np.ascontiguousarray(value, dtype="<f8")
            if name == "theta":
                a = a.reshape(-1)
            blob = a.tobytes()
            inputs.append({"name": name, "datatype": "FP64", "shape": list(a.shape),
                           "parameters": {"binary_data_size": len(blob)}})
            blobs.append(blob)
        request = {"inputs": inputs,
                   "outputs": [{"name": o, "parameters": {"binary_data": True}} for o in outputs]}
        if parameters:
            request["parameters"] = dict(parameters)
        header = json.dumps(request).encode()
        _, headers, body = self._send(f"/v2/models/{model}/infer", header + b"".join(blobs),
                                      {HEADER: str(len(header)), "Content-Type": "application/octet-stream"})
        n = int(headers.get(HEADER, len(body)))
        reply = json.loads(body[:n])
        result, offset = {}, n
        for o in reply["outputs"]:
            shape = o["shape"]
            size = o.get("parameters", {}).get("binary_data_size")
            if size is None:
                result[o["name"]] = np.asarray(o["data"], dtype=np.float64).reshape(shape)
            else:
                result[o["name"]] = np.frombuffer(body, dtype="<f8", count=size // 8, offset=offset).reshape(shape)
                offset += size
        return result


if __name__ == "__main__":
    import sys
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    model = sys.argv[2] if len(sys.argv) > 2 else "gg"
    c = Client(url)
    meta = c.metadata(model)
    d = next(i["shape"][1] for i in meta["inputs"] if i["name"] == "u")
    u = np.random.default_rng(1).uniform(0.02, 0.98, size=(4, d))
    print(meta["parameters"]["process"], c.infer(model, u=u, outputs=["me", "log_p"]))
