"""Fixtures of the upload tests: a real P-256 key, fake time, and an uploader per client kind."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from doubles import FakeTime, SentLog
from upload_support import CASSETTES, MakeUploader, Uploader

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._keys import ApiKey
from app_store_connect._retry import RetryPolicy


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """Upload cassettes live in tests/cassettes/uploads."""
    return str(CASSETTES)


@pytest.fixture
def api_key() -> ApiKey:
    """A real P-256 team key, generated for the test."""
    return ApiKey.generate(key_id="2X9R4HXF34", issuer_id="57246542-96fe-1a63-e053-0824d011072a")


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def sent() -> SentLog:
    """The log of requests the client sends (below its retries, above VCR)."""
    return SentLog()


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_uploader(
    client_kind: str, api_key: ApiKey, sent: SentLog, fake_time: FakeTime
) -> AsyncIterator[MakeUploader]:
    """Build an uploader of this test's kind: a client with fake time, no jitter and `sent` as its wire.

    `key` and `base_url` choose another server (the sandbox); other keywords are `UploadOptions`.
    """
    clients: list[Any] = []

    def make(*, key: ApiKey | None = None, base_url: str | None = None, **options: Any) -> Uploader:
        common: dict[str, Any] = {
            "transport": sent,
            "clock": fake_time.clock,
            "retry": RetryPolicy(random=lambda: 0.0),
        }
        if base_url is not None:
            common["base_url"] = base_url
        if client_kind == "sync":
            asc: Any = AppStoreConnect(key or api_key, sleep=fake_time.sleep, **common)
        else:
            asc = AsyncAppStoreConnect(key or api_key, sleep=fake_time.async_sleep, **common)
        clients.append(asc)
        return Uploader(client_kind, asc, fake_time, **options)

    yield make
    for asc in clients:
        if isinstance(asc, AsyncAppStoreConnect):
            await asc.close()
        else:
            asc.close()
