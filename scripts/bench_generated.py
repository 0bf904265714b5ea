"""Benchmarks of the generated client (issue 2): import cost, parse speed, regeneration time."""

from __future__ import annotations

import copy
import json
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
_EAGER = "for name in models.__all__: getattr(models, name)"


# Issue 13 (4): the library + one model + one endpoint, against importing the same dependencies alone.
_TIMED = """
import re, sys, time
start = time.perf_counter()
{body}
elapsed = time.perf_counter() - start
print(elapsed, re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1])
"""
_LIBRARY = (
    "import app_store_connect\n"
    "from app_store_connect_api.models import App\n"
    "from app_store_connect_api.api.apps import apps_get_collection"
)
# A user's first call: a key from its PEM text, a signed token, one page (answered locally).
_FIRST_LIST = (
    "import httpx\n"
    "from app_store_connect import ApiKey, AppStoreConnect\n"
    "key = ApiKey.from_pem({pem!r}, key_id='BENCH12345', issuer_id='69a6de7e-0000-47e3-e053-5b8c7c11a4d1')\n"
    'page = b\'{{"data": [{{"type": "apps", "id": "1"}}], "links": {{"self": "x"}}}}\'\n'
    "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))\n"
    "asc = AppStoreConnect(key, base_url='https://api.example.test', transport=transport)\n"
    "assert [app.id for app in asc.apps.list(filter_bundle_id='x')] == ['1']"
)
_BARE_CALL = (
    "import json\n"
    'page = b\'{"data": [{"type": "apps", "id": "1"}], "links": {"self": "x"}}\'\n'
    "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=page))\n"
    "with httpx.Client(base_url='https://api.example.test', transport=transport) as client:\n"
    "    assert json.loads(client.get('/v1/apps').content)['data'][0]['id'] == '1'"
)
_THIRD_PARTY = (
    "import sys\n"
    "names = sorted({name.split('.')[0] for name, module in list(sys.modules.items())\n"
    "    if 'site-packages' in (getattr(module, '__file__', None) or '')})\n"
    "print(','.join(names))"
)


def _dependencies(program: str) -> list[str]:
    """The third-party top-level packages `program` loads (what the library costs on top of)."""
    command = [sys.executable, "-c", program + "\n" + _THIRD_PARTY]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    return [name for name in output.split(",") if name and not name.startswith("_")]


def _private_key_pem() -> str:
    """A new P-256 key as the text of a `.p8` file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return pem.decode()


def _run_timed(body: str) -> tuple[float, float]:
    """Wall time of `body` and peak RSS (MB) in a fresh process with warm bytecode (benchmark.py lets the
    children write it)."""
    command = [sys.executable, "-c", _TIMED.format(body=body)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def _paired_processes(baseline: str, measured: str, repeat: int = 9) -> tuple[float, float, float, float]:
    """Fresh processes of `baseline` and `measured` alternately: (median time ratio, best baseline time,
    best measured time, measured peak RSS). Pairs keep the ratio steady on a loaded machine."""
    _run_timed(baseline), _run_timed(measured)  # writes the .pyc files
    pairs = [(_run_timed(baseline), _run_timed(measured)) for _ in range(repeat)]
    ratios = sorted(measured_run[0] / base_run[0] for base_run, measured_run in pairs)
    best_base = min(base_run[0] for base_run, _ in pairs)
    best_measured = min(measured_run[0] for _, measured_run in pairs)
    return ratios[len(ratios) // 2], best_base, best_measured, min(run[1] for _, run in pairs)


def import_figures() -> list[Figure]:
    """Import of the library + a model + an endpoint, and the first `asc.apps.list`, against the deps."""
    dependencies = "\n".join(f"import {name}" for name in _dependencies(_LIBRARY))
    deps_rss = min(_run_timed(dependencies)[1] for _ in range(3))
    ratio, deps_time, library_time, library_rss = _paired_processes(dependencies, _LIBRARY)
    first_list = _FIRST_LIST.format(pem=_private_key_pem())
    first_dependencies = "\n".join(f"import {name}" for name in _dependencies(first_list))
    first_ratio, bare_time, first_time, first_rss = _paired_processes(
        first_dependencies + "\n" + _BARE_CALL, first_list
    )
    return [
        (
            "import library + model + endpoint: time",
            ratio,
            f"{library_time:.3f}s vs {deps_time:.3f}s its dependencies alone (median of pairs; <= 1.6x)",
        ),
        (
            "import library + model + endpoint: peak RSS",
            library_rss / deps_rss,
            f"{library_rss:.0f} MB vs {deps_rss:.0f} MB (target < 60 MB)",
        ),
        (
            "import + key + first asc.apps.list (signed, local answer)",
            first_ratio,
            f"{first_time:.3f}s, {first_rss:.0f} MB vs {bare_time:.3f}s importing the same third-party "
            "packages + one bare httpx call (median of pairs; <= 1.6x)",
        ),
    ]


def _probe(body: str) -> tuple[float, float]:
    """Import time and peak RSS in a fresh process, bytecode cached as in a normal install (warm run)."""
    command = [sys.executable, "-c", _IMPORT_PROBE.format(body=body)]
    subprocess.run(command, capture_output=True, check=True)  # writes the .pyc files
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def _best(function: Callable[[], object], repeat: int = 15) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _paired(
    baseline: Callable[[], object], measured: Callable[[], object], repeat: int = 21
) -> tuple[float, float, float]:
    """Each run times `baseline` then `measured` back to back: the median of the per-pair ratios holds
    on a loaded machine, where the best of separate runs can compare a quiet moment with a busy one."""
    pairs = []
    for _ in range(repeat):
        pairs.append((_best(baseline, repeat=1), _best(measured, repeat=1)))
    ratios = sorted(measured_time / baseline_time for baseline_time, measured_time in pairs)
    return min(p[0] for p in pairs), min(p[1] for p in pairs), ratios[len(ratios) // 2]


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


def _parse_and_read(response_type: Any, raw: bytes) -> None:
    """Parse a page and read what a script reads of each resource: models defer nested objects, so a
    parse that reads nothing would flatter them."""
    document = response_type.from_dict(json.loads(raw))
    for resource in [*document.data, *document.included]:
        _ = resource.attributes, resource.links


def run(with_regeneration: bool = False) -> list[Figure]:
    from app_store_connect_api.models import AppsResponse

    lazy_time, lazy_rss = _probe(_LAZY)
    eager_time, eager_rss = _probe(_EAGER)
    raw = apps_page()
    baseline, parse, ratio = _paired(lambda: json.loads(raw), lambda: _parse_and_read(AppsResponse, raw))
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
            "parse 200 apps + 200 included, read each",
            ratio,
            f"{parse * 1e3:.1f} ms vs json.loads {baseline * 1e3:.1f} ms: attributes and links of every "
            "resource read (median of pairs; target <= 3x)",
        ),
        *import_figures(),
    ]
    if with_regeneration:
        import bench_regenerate

        figures += bench_regenerate.run()
    return figures
