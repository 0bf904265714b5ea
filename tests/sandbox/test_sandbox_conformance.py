"""Conformance checked by a tool no one here wrote: schemathesis against a running sandbox with the spec
(response schema, status code and content type conformance, no server errors). Every GET operation in
the normal run (fixed seed, a few examples each); every operation with --run-slow. The spec copy it
checks with takes out the spec defects that fail a check whatever the server does (tests/sandbox/
conformance.py, QUIRKS.md S2, S5, S20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conformance import SHARED_SPEC, check_spec, patched_spec, run

from app_store_connect.sandbox import Sandbox

pytestmark = pytest.mark.skipif(
    not SHARED_SPEC.is_file(), reason=f"Apple's spec not found at {SHARED_SPEC} (../shared is absent)"
)


def conformance_failures(
    tmp_path: Path, methods: tuple[str, ...], examples: int
) -> tuple[int, dict[str, list[str]]]:
    with Sandbox(fast=True) as sandbox:
        outcome = run(
            sandbox, check_spec(patched_spec(), sandbox), tmp_path, methods=methods, examples=examples
        )
    assert outcome.tested, outcome.report["output"]
    return outcome.tested, outcome.failed


def test_every_get_operation_conforms_to_the_spec(tmp_path: Path) -> None:
    tested, failed = conformance_failures(tmp_path, ("GET",), examples=3)
    assert tested == 797
    assert failed == {}


@pytest.mark.slow
def test_every_operation_conforms_to_the_spec(tmp_path: Path) -> None:
    tested, failed = conformance_failures(tmp_path, ("GET", "POST", "PATCH", "DELETE"), examples=10)
    assert tested == 1263
    assert failed == {}
