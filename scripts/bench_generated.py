"""Benchmarks of the generated client (issue 2): import cost, parse speed, regeneration time."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
Figure = tuple[str, float, str]

# Peak RSS from VmHWM: ru_maxrss keeps the parent's peak across fork+exec on Linux.
_IMPORT_PROBE = """
import re, time
start = time.perf_counter()
import app_store_connect_api.models as models
{body}
elapsed = time.perf_counter() - start
print(elapsed, re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1])
"""
_LAZY = "models.AppsResponse"
_EAGER = (
    "from importlib import import_module\n"
    "for m in set(models._MODULE_OF.values()): import_module(m, models.__name__)"
)


def _probe(body: str) -> tuple[float, float]:
    """Import time and peak RSS in a fresh process, bytecode cached as in a normal install (warm run)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", _IMPORT_PROBE.format(body=body)]
    subprocess.run(command, capture_output=True, check=True, env=env)  # writes the .pyc files
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def _best(function: Callable[[], object], repeat: int = 15) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def apps_page(size: int = 200) -> bytes:
    """A 200-app AppsResponse page with 200 included appStoreVersions, built from a real payload."""
    real = json.loads((SHARED / "fixtures" / "real-world" / "fastlane__apps__2.json").read_text())
    app, included = real["data"][0], real["included"]
    document: dict[str, Any] = {
        "data": [dict(copy.deepcopy(app), id=f"app{i}") for i in range(size)],
        "included": [dict(copy.deepcopy(included[i % len(included)]), id=f"v{i}") for i in range(size)],
        "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps"},
        "meta": {"paging": {"total": size, "limit": size}},
    }
    return json.dumps(document).encode()


def run(with_regeneration: bool = False) -> list[Figure]:
    from app_store_connect_api.models import AppsResponse

    lazy_time, lazy_rss = _probe(_LAZY)
    eager_time, eager_rss = _probe(_EAGER)
    raw = apps_page()
    baseline = _best(lambda: json.loads(raw))
    parse = _best(lambda: AppsResponse.from_dict(json.loads(raw)))
    figures: list[Figure] = [
        (
            "import models.AppsResponse: time",
            lazy_time / eager_time,
            f"{lazy_time:.3f}s vs {eager_time:.3f}s importing every model (the generator's eager __init__)",
        ),
        (
            "import models.AppsResponse: peak RSS",
            lazy_rss / eager_rss,
            f"{lazy_rss:.0f} MB vs {eager_rss:.0f} MB eager",
        ),
        (
            "parse 200 apps + 200 included",
            parse / baseline,
            f"{parse * 1e3:.1f} ms vs json.loads {baseline * 1e3:.1f} ms (target <= 8x)",
        ),
    ]
    if with_regeneration:
        import bench_regenerate

        figures += bench_regenerate.run()
    return figures
