"""Regeneration time (issue 19): `regenerate.py --check` against a plain openapi-python-client run.

Both run in the same session on the same machine; wall time suffers from other load, so the CPU
time of the child processes (user + system, ruff included) is reported beside it.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
Figure = tuple[str, float, str]


def _timed(command: list[str], *, check: bool) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=check)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run() -> list[Figure]:
    ours = _timed(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--spec", str(SPEC), "--check"], check=True
    )
    with tempfile.TemporaryDirectory() as tmp:
        plain = _timed(
            [
                str(Path(sys.executable).parent / "openapi-python-client"),
                *("generate", "--path", str(SPEC), "--meta", "none", "--output-path", f"{tmp}/out"),
            ],
            check=False,
        )
    return [
        (
            f"regeneration {kind} time",
            ours[index] / plain[index],
            f"{ours[index]:.0f}s (patch + generate + format + check) vs {plain[index]:.0f}s"
            " plain openapi-python-client (goal <= 60 s wall on 2 idle cores)",
        )
        for index, kind in enumerate(("wall", "CPU"))
    ]
