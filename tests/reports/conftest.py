"""Shared helpers of the report tests: the chunked decoder, cassettes, and clients that log what they send."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from doubles import SentLog
from report_support import CASSETTES, DecodeAll, decode_in_chunks

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._keys import ApiKey


@pytest.fixture
def decode_all() -> DecodeAll:
    """The chunked decode helper, as a fixture."""
    return decode_in_chunks


@pytest.fixture
def report_fixture(shared_fixtures: Path) -> Callable[[str], bytes]:
    """Read one real report file from ../shared (decompressed TSV text) as bytes."""

    def read(name: str) -> bytes:
        return (shared_fixtures / name).read_bytes()

    return read


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """Report cassettes live in tests/cassettes/reports."""
    return str(CASSETTES)


@pytest.fixture
def sent() -> SentLog:
    """The log of requests the client sends."""
    return SentLog()


@pytest.fixture
def api_key() -> ApiKey:
    """A real P-256 team key, generated for the test."""
    return ApiKey.generate(key_id="2X9R4HXF34", issuer_id="57246542-96fe-1a63-e053-0824d011072a")


@pytest.fixture
def asc(api_key: ApiKey, sent: SentLog) -> Iterator[AppStoreConnect]:
    """A sync client whose requests are logged in `sent`."""
    with AppStoreConnect(api_key, transport=sent, sleep=lambda _: None) as client:
        yield client


@pytest.fixture
async def async_asc(api_key: ApiKey, sent: SentLog) -> AsyncIterator[AsyncAppStoreConnect]:
    """An async client whose requests are logged in `sent`."""

    async def no_sleep(_: float) -> None:
        return None

    async with AsyncAppStoreConnect(api_key, transport=sent, sleep=no_sleep) as client:
        yield client
