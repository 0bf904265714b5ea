"""Benchmark of the overlay core: per-request overhead over bare httpx, and token mints per 1,000 requests.

Both clients talk to the same in-process HTTP server on 127.0.0.1, in alternating rounds of the same
run, so the ratio does not depend on the machine. Bounded: ROUNDS x PER_ROUND requests per client.
`run()` returns rows of (name, value, unit) for scripts/benchmark.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple

import httpx

from app_store_connect._client import AppStoreConnect
from app_store_connect._keys import ApiKey
from app_store_connect._tokens import TokenProvider

ROUNDS = 20
PER_ROUND = 50  # ROUNDS * PER_ROUND = 1,000 requests per client
BODY = b'{"data":[],"links":{"self":"/v1/apps"},"meta":{"paging":{"total":0,"limit":50}}}'


class _Handler(BaseHTTPRequestHandler):
    """Answers every GET like a tiny App Store Connect page, keeping the connection alive."""

    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # one send per response (flushed after each request) ...
    disable_nagle_algorithm = True  # ... and no Nagle delay: a local round trip stays sub-millisecond

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.send_header("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:3599;")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: object) -> None:
        """Silence the per-request log lines."""


@contextmanager
def _local_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _Timing(NamedTuple):
    wall: float  # seconds per request, elapsed
    cpu: float  # seconds per request of this thread's CPU: the client's own work, without the server's


def _per_request(send: Callable[[], httpx.Response]) -> _Timing:
    wall, cpu = time.perf_counter(), time.thread_time()
    for _ in range(PER_ROUND):
        send().raise_for_status()
    return _Timing((time.perf_counter() - wall) / PER_ROUND, (time.thread_time() - cpu) / PER_ROUND)


def run() -> list[tuple[str, float, str]]:
    """Measure and return (name, ratio to its baseline in this run, detail) rows."""
    key = ApiKey.generate(key_id="BENCH12345", issuer_id="69a6de7e-0000-47e3-e053-5b8c7c11a4d1")
    provider = TokenProvider(key)
    with (
        _local_server() as base_url,
        httpx.Client(base_url=base_url) as bare,
        AppStoreConnect(provider, base_url=base_url) as asc,
    ):
        bare.get("/v1/apps")  # warm both connection pools
        asc.request("GET", "/v1/apps")
        bare_rounds, overlay_rounds = [], []
        for _ in range(ROUNDS):
            bare_rounds.append(_per_request(lambda: bare.get("/v1/apps")))
            overlay_rounds.append(_per_request(lambda: asc.request("GET", "/v1/apps")))
    # The least disturbed round of each: the machine may be busy with other work.
    bare_wall, overlay_wall = min(r.wall for r in bare_rounds), min(r.wall for r in overlay_rounds)
    bare_cpu, overlay_cpu = min(r.cpu for r in bare_rounds), min(r.cpu for r in overlay_rounds)
    overlay_requests = ROUNDS * PER_ROUND + 1  # with the warm-up, which minted the first token
    mints_per_1000 = provider.mint_count * 1000 / overlay_requests
    return [
        (
            "request wall time vs bare httpx.Client",
            overlay_wall / bare_wall,
            f"{overlay_wall * 1e6:.0f} vs {bare_wall * 1e6:.0f} µs/request on 127.0.0.1",
        ),
        (
            "request client CPU vs bare httpx.Client",
            overlay_cpu / bare_cpu,
            f"+{(overlay_cpu - bare_cpu) * 1e6:.0f} µs CPU per request (auth, retries, rate limit, logs)",
        ),
        (
            "token mints per 1,000 requests vs target 1",
            mints_per_1000,
            f"{provider.mint_count} mint(s) for {overlay_requests} requests",
        ),
    ]


if __name__ == "__main__":
    for name, ratio, detail in run():
        print(f"{name}: {ratio:.2f}x  {detail}")
