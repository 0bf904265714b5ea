"""Shared test configuration: cassettes replay only, and the shared material beside the checkout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "real-world"
SHARED_SPEC = SHARED / "spec" / "app-store-connect-openapi.json"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """Cassettes never carry credentials; replay is strict (record mode `none` unless a maintainer asks)."""
    return {
        "filter_headers": ["authorization", "cookie", "set-cookie", "x-apple-jwt"],
        "decode_compressed_response": False,
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The real-world payloads in ../shared; tests that need them skip with a reason when absent."""
    if not FIXTURES.is_dir():
        pytest.skip(f"real-world fixtures not found at {FIXTURES} (../shared is not beside the checkout)")
    return FIXTURES
