"""Fixtures of the fault matrix: two fault servers (the API and another host), fake time, a client per kind.

Servers live for the module and are re-scripted per test; no test sleeps for real (a recording sleep and
a clock that moves only when slept), and read timeouts are a fraction of a second.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from doubles import FakeTime
from fault_server import FaultServer

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect, RetryPolicy

KEY = ApiKey.generate(key_id="FAULTS1234", issuer_id="69a6de7e-5a8c-47e3-e053-5b8c7c11a4d1")
ATTEMPTS = 3
READ_TIMEOUT = 0.25


@pytest.fixture(scope="module")
def api() -> Iterator[FaultServer]:
    """The API's origin."""
    with FaultServer().running() as server:
        yield server


@pytest.fixture(scope="module")
def other() -> Iterator[FaultServer]:
    """Another origin (another port): the target of a redirect or a foreign next link."""
    with FaultServer().running() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
async def asc(client_kind: str, api: FaultServer, fake_time: FakeTime) -> AsyncIterator[Any]:
    """A client of this test's kind on the API server: real key, no jitter, recorded sleeps."""
    options: dict[str, Any] = {
        "base_url": api.url,
        "timeout": httpx.Timeout(2.0, read=READ_TIMEOUT),
        "retry": RetryPolicy(attempts=ATTEMPTS, random=lambda: 0.0),
        "clock": fake_time.clock,
        "trust_env": False,
    }
    if client_kind == "sync":
        with AppStoreConnect(KEY, sleep=fake_time.sleep, **options) as client:
            yield client
    else:
        async with AsyncAppStoreConnect(KEY, sleep=fake_time.async_sleep, **options) as client:
            yield client
