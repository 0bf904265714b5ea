"""Fixtures of the workflow tests: a fresh fast sandbox and clients of it (its demo key, given explicitly)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from workflow_support import demo_key

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect, RetryPolicy
from app_store_connect.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox where builds and reviews move on at the next read."""
    with Sandbox(fast=True) as running:
        yield running


@pytest.fixture
def asc(sandbox: Sandbox) -> Iterator[AppStoreConnect]:
    """A client of the sandbox; retries wait no time."""
    retry = RetryPolicy(backoff=0, backoff_cap=0)
    with AppStoreConnect(demo_key(sandbox), base_url=sandbox.base_url, retry=retry) as client:
        yield client


@pytest.fixture
async def async_asc(sandbox: Sandbox) -> AsyncIterator[AsyncAppStoreConnect]:
    """The async client of the sandbox."""
    async with AsyncAppStoreConnect(demo_key(sandbox), base_url=sandbox.base_url) as client:
        yield client
