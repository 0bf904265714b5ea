"""Benchmark of `asc` start-up: each command's wall time as a ratio to a baseline process of the same run.

- `asc --help` and `asc --version` against `python -c "import click"` (target: <= 2x);
- `asc --sandbox apps` against a process that starts the sandbox alone and sends one signed request
  with httpx (target: <= 1.5x).

Each process runs ROUNDS times, alternating with its baseline; the medians are compared, so the ratio
does not depend on the machine. `run()` returns rows of (name, ratio, detail) for scripts/benchmark.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

ROUNDS = 7
CLI = [sys.executable, "-m", "app_store_connect.cli"]
IMPORT_CLICK = [sys.executable, "-c", "import click"]
SANDBOX_AND_ONE_REQUEST = [
    sys.executable,
    "-c",
    """
import httpx
from app_store_connect._keys import ApiKey
from app_store_connect._tokens import TokenProvider
from app_store_connect.sandbox import Sandbox

with Sandbox() as sandbox:
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
    headers = {"Authorization": f"Bearer {TokenProvider(key).token()}"}
    httpx.get(f"{sandbox.base_url}/v1/apps", headers=headers).raise_for_status()
""",
]


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _compare(name: str, command: list[str], baseline: list[str], target: float) -> tuple[str, float, str]:
    """Median wall time of `command` over the median of `baseline`, measured in alternation."""
    ours, theirs = [], []
    _seconds(command), _seconds(baseline)  # warm the file cache and .pyc files
    for _ in range(ROUNDS):
        ours.append(_seconds(command))
        theirs.append(_seconds(baseline))
    mine, base = statistics.median(ours), statistics.median(theirs)
    return name, mine / base, f"{mine * 1000:.0f} ms vs {base * 1000:.0f} ms (target <= {target}x)"


def run() -> list[tuple[str, float, str]]:
    """`asc --help`, `asc --version` and `asc --sandbox apps` against their baselines."""
    return [
        _compare("cli_help_vs_import_click", [*CLI, "--help"], IMPORT_CLICK, 2.0),
        _compare("cli_version_vs_import_click", [*CLI, "--version"], IMPORT_CLICK, 2.0),
        _compare(
            "cli_sandbox_apps_vs_sandbox_plus_request",
            [*CLI, "--sandbox", "apps", "--output", "table"],
            SANDBOX_AND_ONE_REQUEST,
            1.5,
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row[0]:<45} {row[1]:8.2f}x  {row[2]}")
