"""The front door: README's commands, CI's script, and the overlay's code quality gates."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def readme_commands() -> list[str]:
    return re.findall(r"```\n(python3 -m venv .*)\n```", (ROOT / "README.md").read_text())


def test_readme_has_a_main_job_line_and_a_test_line() -> None:
    main_job, tests = readme_commands()
    assert main_job.endswith("asc --sandbox apps")
    assert tests.endswith(".venv/bin/pytest")


def test_ci_runs_exactly_the_readme_test_line() -> None:
    _, tests = readme_commands()
    assert tests in (ROOT / ".ci" / "run").read_text().splitlines()


def test_overlay_passes_mypy_strict() -> None:
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "overlay/app_store_connect"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.skipif(shutil.which("ruff", path=str(BIN)) is None, reason="ruff is not installed beside pytest")
def test_ruff_is_clean() -> None:
    for command in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([str(BIN / "ruff"), *command], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-3000:]
