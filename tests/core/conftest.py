"""Fixtures of the core tests: a real P-256 key, fake time, and a driver per client kind.

Every client test runs twice, through `AppStoreConnect` and `AsyncAppStoreConnect`, with the same body:
the `Driver` awaits the async client and simply calls the sync one.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from core_helpers import Driver, MakeDriver
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from doubles import FakeTime

from app_store_connect._keys import ApiKey
from app_store_connect._retry import RetryPolicy
from app_store_connect._tokens import TokenProvider

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "core"
# The `Date` the reconstructed cassettes carry; token clocks use it so no clock skew is seen (Q8).
CASSETTE_DATE = "Tue, 02 Dec 2025 10:00:00 GMT"
KEY_ID = "TESTKEY123"
ISSUER_ID = "69a6de7e-1234-47e3-e053-5b8c7c11a4d1"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(scope="session")
def api_key() -> ApiKey:
    """A fresh P-256 key made with cryptography and loaded as a .p8 PEM, like a real one."""
    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ApiKey.from_pem(pem, key_id=KEY_ID, issuer_id=ISSUER_ID)


@pytest.fixture
def provider(api_key: ApiKey) -> TokenProvider:
    """The real token provider, its clock at the cassettes' `Date`."""
    now = parsedate_to_datetime(CASSETTE_DATE).timestamp()
    return TokenProvider(api_key, clock=lambda: now)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_driver(client_kind: str, fake_time: FakeTime) -> MakeDriver:
    """Build a driver of this test's kind with fake time and no jitter; tests add key, wire, policy."""

    def make(**options: Any) -> Driver:
        options.setdefault("retry", RetryPolicy(random=lambda: 0.0))
        sleep = fake_time.sleep if client_kind == "sync" else fake_time.async_sleep
        return Driver(client_kind, sleep=sleep, clock=fake_time.clock, **options)

    return make
