"""Shared test configuration: cassettes replay only, and the shared material beside the checkout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from recording import LabelledPersister, scrub_request, scrub_response

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "real-world"
SHARED_SPEC = SHARED / "spec" / "app-store-connect-openapi.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run the slow checks (all schemas)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow check: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_persister(LabelledPersister(vcr.persister))


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (`@pytest.mark.anyio`) run on asyncio."""
    return "asyncio"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Cassettes never carry credentials; replay is strict (record mode `none` unless a maintainer asks).

    Scrubbing is code, applied at record time (tests/recording.py), never done by hand.
    """
    return {
        "filter_headers": ["authorization", "cookie", "set-cookie", "x-apple-jwt"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": False,
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The real-world payloads in ../shared; tests that need them skip with a reason when absent."""
    if not FIXTURES.is_dir():
        pytest.skip(f"real-world fixtures not found at {FIXTURES} (../shared is not beside the checkout)")
    return FIXTURES
