"""The local App Store Server API stand-in, clients on it, and time that only moves when slept."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from doubles import FakeTime

from app_store_connect.server import AsyncServerClient, ServerClient, Verifier
from app_store_connect.server.sandbox import ServerSandbox


@pytest.fixture
def stand_in() -> Iterator[ServerSandbox]:
    """A fresh stand-in on 127.0.0.1, stopped after the test."""
    with ServerSandbox() as sandbox:
        yield sandbox


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(stand_in: ServerSandbox, fake_time: FakeTime) -> Iterator[ServerClient]:
    """A sandbox-environment client of the stand-in whose retry waits are recorded, not slept."""
    with ServerClient(
        stand_in.key, environment="sandbox", base_urls=stand_in.base_urls, sleep=fake_time.sleep
    ) as made:
        yield made


@pytest.fixture
async def async_client(stand_in: ServerSandbox, fake_time: FakeTime) -> AsyncIterator[AsyncServerClient]:
    async with AsyncServerClient(
        stand_in.key, environment="sandbox", base_urls=stand_in.base_urls, sleep=fake_time.async_sleep
    ) as made:
        yield made


@pytest.fixture
def verifier(stand_in: ServerSandbox) -> Verifier:
    """A verifier trusting the stand-in's own root (as production code trusts Apple's)."""
    return Verifier(
        [stand_in.root_der], bundle_id=stand_in.bundle_id, environment="sandbox", online_checks=False
    )
