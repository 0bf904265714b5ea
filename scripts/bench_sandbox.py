"""Benchmark: what starting a sandbox costs, against a bare `http.server` started the same way.

Each figure comes from fresh processes (median of `RUNS`): the time from interpreter start until the
server answers on 127.0.0.1, and the resident memory then. The baseline is a `ThreadingHTTPServer`
in a thread; the sandbox is `Sandbox()` (spec model loaded, account seeded by hand, other types
seeded lazily); "every type read" is the sandbox after one read of every resource type (all seeded);
"import" is only importing the package (which loads the client package and its dependencies too).
Run `python scripts/bench_sandbox.py` to print the results.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

RUNS = 3
_CHILD = r"""
import json, sys, time
started = time.perf_counter()
kind = sys.argv[1]
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
if kind == "baseline":
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    server = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    import urllib.request
    urllib.request.urlopen(url).read()
    seconds, memory = time.perf_counter() - started, rss_mb()
    server.shutdown()
elif kind == "import":
    import app_store_connect.sandbox
    seconds, memory = time.perf_counter() - started, rss_mb()
else:
    import jwt, urllib.request
    from app_store_connect.sandbox import Sandbox
    sandbox = Sandbox().start()
    now = int(time.time())
    token = jwt.encode({"iss": sandbox.issuer_id, "iat": now, "exp": now + 600, "aud": "appstoreconnect-v1"},
                       sandbox.private_key_pem, algorithm="ES256", headers={"kid": sandbox.key_id})
    headers = {"Authorization": f"Bearer {token}"}
    request = urllib.request.Request(sandbox.base_url + "/v1/apps", headers=headers)
    urllib.request.urlopen(request).read()
    if kind == "every type":
        for type_ in sorted(sandbox.resource_types):
            sandbox.ids(type_)
    seconds, memory = time.perf_counter() - started, rss_mb()
    sandbox.stop()
print(json.dumps({"seconds": seconds, "rss_mb": memory}))
"""


def _measure(kind: str) -> tuple[float, float]:
    results = []
    for _ in range(RUNS):
        output = subprocess.run(
            [sys.executable, "-c", _CHILD, kind], capture_output=True, text=True, check=True, timeout=120
        ).stdout
        results.append(json.loads(output))
    return statistics.median(r["seconds"] for r in results), statistics.median(r["rss_mb"] for r in results)


def run() -> list[tuple[str, float, str]]:
    """(name, ratio to the bare http.server, detail) for the sandbox's start time and memory."""
    base_seconds, base_rss = _measure("baseline")
    figures = []
    labels = {
        "import": "import app_store_connect.sandbox",
        "sandbox": "sandbox start",
        "every type": "sandbox start + every type read",
    }
    for kind, label in labels.items():
        seconds, rss = _measure(kind)
        figures.append(
            (
                f"{label}: time",
                seconds / base_seconds,
                f"{seconds * 1000:.0f} ms vs {base_seconds * 1000:.0f} ms",
            )
        )
        figures.append((f"{label}: memory", rss / base_rss, f"{rss:.0f} MB vs {base_rss:.0f} MB RSS"))
    return figures


if __name__ == "__main__":
    for name, ratio, detail in run():
        print(f"{name:<45} {ratio:8.2f}x  {detail}")
