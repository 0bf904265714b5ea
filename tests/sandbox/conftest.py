"""Fixtures of the sandbox tests: a fresh running sandbox and an authorized client of it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_support import anonymous, authorized

from app_store_connect.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox with small upload parts and short injected delays."""
    with Sandbox(upload_part_size=1000, slow_delay=0.2) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An authorized client of the `sandbox` fixture."""
    with authorized(sandbox) as http:
        yield http


@pytest.fixture(scope="session")
def plain() -> Iterator[httpx.Client]:
    """A client without credentials, for the presigned host."""
    with anonymous() as http:
        yield http
