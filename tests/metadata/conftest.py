"""A fresh sandbox per test and clients holding its demo key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app_store_connect import ApiKey, AppStoreConnect
from app_store_connect.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox whose processing steps happen at the next read."""
    with Sandbox(fast=True) as running:
        yield running


@pytest.fixture
def key(sandbox: Sandbox) -> ApiKey:
    """The sandbox's demo key."""
    return ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)


@pytest.fixture
def asc(sandbox: Sandbox, key: ApiKey) -> Iterator[AppStoreConnect]:
    """A sync client of the sandbox."""
    with AppStoreConnect(key, base_url=sandbox.base_url) as client:
        yield client
