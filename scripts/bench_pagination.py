"""Benchmark of the paginators: items per second and peak memory walking 50,000 items.

A server in a child process on 127.0.0.1 serves ITEMS apps in pages of PAGE, with `links.next` cursors
like Apple's. The baseline is a bare httpx loop that only does `json.loads`, reads each app's bundle id
and follows `links.next`; every walk reads each app's bundle id, as a script would (models may defer
what is never read, so a walk that reads nothing would flatter them).
The paginators parse every page with the endpoint's model (`AppsResponse`) and apply every stop rule;
a raw walk reads JSON pages through the same client and walk, to separate what the overlay costs from
what the generated models cost. Each walk runs in a fresh child process; each round runs every kind
once, back to back, in an order shifted by one each round, and a ratio is the median over ROUNDS rounds
of the round's ratio (this machine's speed drifts between rounds, so a best-of per kind pairs a lucky
baseline with an unlucky walk). Memory is
the peak of what Python allocated during one more walk of each kind, traced (tracemalloc), so it does
not vary with the machine's load. Every child is waited for.

`run()` returns rows of (name, ratio, detail) for scripts/benchmark.py.
`--serve N` runs the server; `--walk KIND ORIGIN [MAX_ITEMS] [--memory]` runs one walk and prints its
figures.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._keys import ApiKey
from app_store_connect._page import Page
from app_store_connect._pagination import Listing, Paginator

ITEMS = 50_000
PAGE = 200  # the spec's largest limit for /v1/apps, the paginator's default
ROUNDS = 5
SMALL = 5_000  # a shorter walk, to show that memory does not grow with the number of items
KINDS = ("bare", "raw", "paginate", "bare-async", "paginate-async")


def _app(n: int, origin: str) -> dict[str, object]:
    url = f"{origin}/v1/apps/{1_500_000_000 + n}"
    return {
        "type": "apps",
        "id": str(1_500_000_000 + n),
        "attributes": {
            "name": f"App {n}",
            "bundleId": f"com.example.app{n}",
            "sku": f"SKU{n}",
            "primaryLocale": "en-US",
            "isOrEverWasMadeForKids": False,
            "contentRightsDeclaration": "DOES_NOT_USE_THIRD_PARTY_CONTENT",
        },
        "relationships": {
            name: {"links": {"self": f"{url}/relationships/{name}", "related": f"{url}/{name}"}}
            for name in ("appInfos", "appStoreVersions", "builds", "betaGroups")
        },
        "links": {"self": url},
    }


def _pages(origin: str, items: int) -> list[bytes]:
    """Every page's body, made once: the server only writes bytes."""
    bodies = []
    for start in range(0, items, PAGE):
        links = {"self": f"{origin}/v1/apps?limit={PAGE}"}
        if start + PAGE < items:
            links["next"] = f"{origin}/v1/apps?cursor={start + PAGE}&limit={PAGE}"
        document = {
            "data": [_app(n, origin) for n in range(start, min(start + PAGE, items))],
            "links": links,
            "meta": {"paging": {"total": items, "limit": PAGE}},
        }
        bodies.append(json.dumps(document, separators=(",", ":")).encode())
    return bodies


def serve(items: int) -> None:
    """Serve `items` apps on a free port of 127.0.0.1, print the origin, stop when stdin closes."""
    server = _Server(("127.0.0.1", 0), _Handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    server.pages = _pages(origin, items)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(origin, flush=True)
    sys.stdin.read()
    server.shutdown()


class _Server(ThreadingHTTPServer):
    pages: list[bytes]


class _Handler(BaseHTTPRequestHandler):
    """Answers each GET with the page its cursor points at, keeping the connection alive."""

    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        cursor = parse_qs(urlsplit(self.path).query).get("cursor", ["0"])[0]
        body = self.server.pages[int(cursor) // PAGE]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:3599;")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silence the per-request log lines."""


# One walk, in a child process


def _bare(http: httpx.Client, origin: str, limit: int | None) -> int:
    count = 0
    next_url: str | None = f"{origin}/v1/apps?limit={PAGE}"
    while next_url and (limit is None or count < limit):
        document = json.loads(http.get(next_url).content)
        count += sum(1 for app in document["data"] if app["attributes"]["bundleId"])
        next_url = document["links"].get("next")
    return count


async def _bare_async(http: httpx.AsyncClient, origin: str, limit: int | None) -> int:
    count = 0
    next_url: str | None = f"{origin}/v1/apps?limit={PAGE}"
    while next_url and (limit is None or count < limit):
        document = json.loads((await http.get(next_url)).content)
        count += sum(1 for app in document["data"] if app["attributes"]["bundleId"])
        next_url = document["links"].get("next")
    return count


def _raw(asc: AppStoreConnect, limit: int | None) -> int:
    """The client and the walk with raw JSON pages: the overlay's cost without the generated models."""
    listing = Listing(httpx.URL(f"/v1/apps?limit={PAGE}"), lambda response: Page.from_json(response.json()))
    apps = Paginator(lambda url: asc.request("GET", url), listing, max_items=limit)
    return sum(1 for app in apps if app["attributes"]["bundleId"])


def _paginate(asc: AppStoreConnect, limit: int | None) -> int:
    return sum(1 for app in asc.apps.list(max_items=limit) if app.attributes and app.attributes.bundle_id)


async def _paginate_async(asc: AsyncAppStoreConnect, limit: int | None) -> int:
    return sum(
        [1 async for app in asc.apps.list(max_items=limit) if app.attributes and app.attributes.bundle_id]
    )


def walk(kind: str, origin: str, max_items: int, *, memory: bool = False) -> dict[str, float]:
    """Run one walk with clients made and warmed beforehand: its items and seconds, or with `memory`
    its items and the peak of memory allocated during the walk (traced, so not timed)."""
    key = ApiKey.generate(key_id="BENCH12345", issuer_id="69a6de7e-0000-47e3-e053-5b8c7c11a4d1")
    loop = asyncio.new_event_loop()
    http, async_http = httpx.Client(), httpx.AsyncClient()
    asc, async_asc = AppStoreConnect(key, base_url=origin), AsyncAppStoreConnect(key, base_url=origin)
    walks: dict[str, Callable[[int | None], int]] = {
        "bare": lambda limit: _bare(http, origin, limit),
        "bare-async": lambda limit: loop.run_until_complete(_bare_async(async_http, origin, limit)),
        "raw": lambda limit: _raw(asc, limit),
        "paginate": lambda limit: _paginate(asc, limit),
        "paginate-async": lambda limit: loop.run_until_complete(_paginate_async(async_asc, limit)),
    }
    walks[kind](PAGE)  # warm-up: imports, connection and token are made before the measured walk
    gc.collect()
    try:
        if memory:
            tracemalloc.start()
            count = walks[kind](max_items)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return {"items": count, "peak": peak}
        started = time.perf_counter()
        count = walks[kind](max_items)
        return {"items": count, "seconds": time.perf_counter() - started}
    finally:
        http.close()
        asc.close()
        loop.run_until_complete(async_http.aclose())
        loop.run_until_complete(async_asc.close())
        loop.close()


# The parent


@contextmanager
def _server() -> Iterator[str]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(ITEMS)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().decode().strip()
    finally:
        child.communicate(timeout=10)  # closes its stdin: the server stops


def _walk_in_child(
    kind: str, origin: str, max_items: int | None = None, *, memory: bool = False
) -> dict[str, float]:
    command = [sys.executable, __file__, "--walk", kind, origin, str(max_items or ITEMS)]
    command += ["--memory"] if memory else []
    figures: dict[str, float] = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
    expected = max_items or ITEMS
    if figures["items"] != expected:
        raise RuntimeError(f"{kind} walked {figures['items']} items, expected {expected}")
    return figures


def run() -> list[tuple[str, float, str]]:
    """Measure and return (name, ratio, detail) rows."""
    rounds: list[dict[str, float]] = []
    with _server() as origin:
        for shift in range(ROUNDS):
            order = KINDS[shift % len(KINDS) :] + KINDS[: shift % len(KINDS)]  # each kind in each place once
            rounds.append({kind: _walk_in_child(kind, origin)["seconds"] for kind in order})
        peaks = {
            kind: _walk_in_child(kind, origin, memory=True)["peak"] for kind in ("bare", "raw", "paginate")
        }
        small = _walk_in_child("paginate", origin, SMALL, memory=True)["peak"]

    seconds = {kind: min(round_[kind] for round_ in rounds) for kind in KINDS}

    def ratio(baseline: str, kind: str) -> float:
        """The median over the rounds of the baseline's time over the walk's (items/s of walk / baseline)."""
        return statistics.median(round_[baseline] / round_[kind] for round_ in rounds)

    def rate(kind: str) -> str:
        return f"{ITEMS / seconds[kind]:,.0f} items/s"

    def mib(kind: str) -> str:
        return f"{peaks[kind] / 2**20:.1f} MiB"

    return [
        (
            "paginate items/s vs bare httpx + json.loads",
            ratio("bare", "paginate"),
            f"{rate('paginate')} vs {rate('bare')} at best ({ITEMS:,} items in pages of {PAGE}, "
            f"asc.apps.list; median of {ROUNDS} rounds)",
        ),
        (
            "paginate raw JSON pages items/s vs bare",
            ratio("bare", "raw"),
            f"{rate('raw')}: the client, its retries and the walk, without the generated models",
        ),
        (
            "async paginate items/s vs bare async httpx",
            ratio("bare-async", "paginate-async"),
            f"{rate('paginate-async')} vs {rate('bare-async')}",
        ),
        (
            "paginate peak memory vs bare loop",
            peaks["paginate"] / peaks["bare"],
            f"{mib('paginate')} vs {mib('bare')} (peak allocated during the walk: one page at a time)",
        ),
        (
            "paginate raw JSON pages peak memory vs bare",
            peaks["raw"] / peaks["bare"],
            f"{mib('raw')} vs {mib('bare')}",
        ),
        (
            f"paginate peak memory, {ITEMS:,} vs {SMALL:,} items",
            peaks["paginate"] / small,
            f"{mib('paginate')} vs {small / 2**20:.1f} MiB: constant in the number of items",
        ),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(int(sys.argv[2]))
    elif sys.argv[1:2] == ["--walk"]:
        print(json.dumps(walk(sys.argv[2], sys.argv[3], int(sys.argv[4]), memory="--memory" in sys.argv)))
    else:
        for name, ratio, detail in run():
            print(f"{name:<50} {ratio:8.2f}x  {detail}")
