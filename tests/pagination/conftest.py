"""Fixtures of the pagination tests: anyio on asyncio, the cassette folder, and a client per kind."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pagination_support import Wire, client

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "pagination"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def wire() -> Wire:
    """Records each request's URL; the real transport behind it is VCR's in cassette tests."""
    return Wire()


@pytest.fixture
async def asc(client_kind: str, wire: Wire) -> AsyncIterator[Any]:
    """A client of this test's kind talking through `wire`."""
    made = client(client_kind, transport=wire)
    yield made
    if client_kind == "sync":
        made.close()
    else:
        await made.close()
