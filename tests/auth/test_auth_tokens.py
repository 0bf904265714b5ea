"""Token minting: Apple's claims, verified with the public key; caching, concurrency, clock skew (Q8)."""

from __future__ import annotations

import base64
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.utils import formatdate
from typing import Any

import jwt
import pytest

from app_store_connect._errors import ConfigurationError
from app_store_connect._keys import ApiKey
from app_store_connect._tokens import TokenProvider

T0 = 1_750_000_000.0

Verify = Callable[[str, ApiKey], dict[str, Any]]  # the `verified` fixture


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def http_date(timestamp: float) -> str:
    return formatdate(timestamp, usegmt=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# claims


def test_team_token_claims_and_header(team_key: ApiKey, clock: FakeClock, verified: Verify) -> None:
    token = TokenProvider(team_key, clock=clock).token()
    assert jwt.get_unverified_header(token) == {"alg": "ES256", "kid": team_key.key_id, "typ": "JWT"}
    claims = verified(token, team_key)
    assert claims == {
        "iss": team_key.issuer_id,
        "iat": int(T0),
        "exp": int(T0) + 19 * 60,
        "aud": "appstoreconnect-v1",
    }


def test_individual_token_has_sub_user_and_no_iss(
    individual_key: ApiKey, clock: FakeClock, verified: Verify
) -> None:
    claims = verified(TokenProvider(individual_key, clock=clock).token(), individual_key)
    assert claims["sub"] == "user"
    assert "iss" not in claims


def test_scope_claim(team_key: ApiKey, clock: FakeClock, verified: Verify) -> None:
    scope = ["GET /v1/apps?filter[platform]=IOS", "GET /v1/salesReports"]
    claims = verified(TokenProvider(team_key, scope=scope, clock=clock).token(), team_key)
    assert claims["scope"] == scope


def test_q8_signature_is_raw_r_s_not_der(team_key: ApiKey, clock: FakeClock) -> None:
    signature = TokenProvider(team_key, clock=clock).token().split(".")[2]
    raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    assert len(raw) == 64  # DER would be 70-72 bytes starting with 0x30


def test_q8_lifetime_of_exactly_twenty_minutes_is_allowed(
    team_key: ApiKey, clock: FakeClock, verified: Verify
) -> None:
    provider = TokenProvider(team_key, lifetime=timedelta(minutes=20), clock=clock)
    claims = verified(provider.token(), team_key)
    assert claims["exp"] - claims["iat"] == 1200


def test_q8_fractional_lifetime_never_exceeds_the_limit(team_key: ApiKey, verified: Verify) -> None:
    provider = TokenProvider(team_key, lifetime=timedelta(seconds=1199.9), clock=FakeClock(T0 + 0.999))
    claims = verified(provider.token(), team_key)
    assert claims["exp"] - claims["iat"] <= 1200


# configuration


def test_q8_lifetime_over_twenty_minutes_is_refused(team_key: ApiKey) -> None:
    with pytest.raises(ConfigurationError, match="over App Store Connect's limit of 20 minutes"):
        TokenProvider(team_key, lifetime=timedelta(minutes=20, seconds=1))


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [(timedelta(seconds=60), timedelta(seconds=60)), (timedelta(minutes=5), timedelta(seconds=-1))],
)
def test_lifetime_must_exceed_a_non_negative_margin(
    team_key: ApiKey, lifetime: timedelta, margin: timedelta
) -> None:
    with pytest.raises(ConfigurationError, match="longer than the refresh margin"):
        TokenProvider(team_key, lifetime=lifetime, refresh_margin=margin)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("GET /v1/apps", "not one string"),
        ([], "scope is empty"),
        (["/v1/apps"], "malformed"),
        (["get /v1/apps"], "malformed"),
    ],
)
def test_bad_scopes_are_refused(team_key: ApiKey, scope: Any, expected: str) -> None:
    with pytest.raises(ConfigurationError, match=expected):
        TokenProvider(team_key, scope=scope)


# reuse


def test_token_is_reused_until_the_refresh_margin(
    team_key: ApiKey, clock: FakeClock, verified: Verify
) -> None:
    provider = TokenProvider(
        team_key, lifetime=timedelta(minutes=19), refresh_margin=timedelta(seconds=60), clock=clock
    )
    first = provider.token()
    assert provider.token() == first and provider.mint_count == 1
    clock.now = T0 + 18 * 60 - 1  # one second before the margin starts
    assert provider.token() == first and provider.mint_count == 1
    clock.now = T0 + 18 * 60
    second = provider.token()
    assert second != first and provider.mint_count == 2
    assert verified(second, team_key)["iat"] == int(T0) + 18 * 60


def test_invalidate_drops_the_current_token(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock)
    first = provider.token()
    provider.invalidate(first)
    clock.now += 1  # a new iat, so the new token differs even in its claims
    assert provider.token() != first
    assert provider.mint_count == 2


def test_invalidating_a_replaced_token_keeps_the_new_one(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock)
    stale = provider.token()
    provider.invalidate(stale)  # first 401 handler
    fresh = provider.token()
    provider.invalidate(stale)  # a second, concurrent 401 handler still holding the old token
    assert provider.token() == fresh
    assert provider.mint_count == 2


@pytest.fixture
def busy_thread_switching() -> Iterator[None]:
    """Switch threads every microsecond, so an unguarded check-then-mint would race."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(previous)


@pytest.mark.usefixtures("busy_thread_switching")
def test_concurrent_callers_share_one_mint(team_key: ApiKey) -> None:
    provider = TokenProvider(team_key)
    start = threading.Barrier(32)
    tokens: list[str] = []

    def call() -> None:
        start.wait()
        tokens.append(provider.token())

    threads = [threading.Thread(target=call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tokens) == 32 and len(set(tokens)) == 1
    assert provider.mint_count == 1


# clock skew (Q8)


def test_q8_server_clock_ahead_corrects_iat_and_drops_the_cached_token(
    team_key: ApiKey, clock: FakeClock, verified: Verify
) -> None:
    provider = TokenProvider(team_key, clock=clock)
    before = provider.token()
    assert provider.observe_server_date(http_date(T0 + 300)) is True
    assert provider.clock_offset == timedelta(seconds=300)
    after = provider.token()
    assert after != before and provider.mint_count == 2
    claims = verified(after, team_key)
    assert claims["iat"] == int(T0) + 300
    assert claims["exp"] - claims["iat"] == 19 * 60


def test_q8_local_clock_ahead_moves_iat_back(team_key: ApiKey, clock: FakeClock, verified: Verify) -> None:
    provider = TokenProvider(team_key, clock=clock)
    provider.observe_server_date(http_date(T0 - 120))
    assert provider.clock_offset == timedelta(seconds=-120)
    assert verified(provider.token(), team_key)["iat"] == int(T0) - 120


def test_q8_small_differences_are_noise(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock)
    token = provider.token()
    assert provider.observe_server_date(http_date(T0 + 3)) is False
    assert provider.clock_offset == timedelta(0)
    assert provider.token() == token and provider.mint_count == 1


def test_q8_correction_is_undone_when_the_clock_is_fixed(
    team_key: ApiKey, clock: FakeClock, verified: Verify
) -> None:
    provider = TokenProvider(team_key, clock=clock)
    provider.observe_server_date(http_date(T0 + 300))
    clock.now = T0 + 400  # NTP fixed the local clock
    assert provider.observe_server_date(http_date(T0 + 400)) is True
    assert provider.clock_offset == timedelta(0)
    assert verified(provider.token(), team_key)["iat"] == int(T0) + 400


@pytest.mark.parametrize("value", ["", "yesterday", "Mon, 99 Foo 2025 25:61:61 GMT"])
def test_unparseable_dates_are_ignored(team_key: ApiKey, clock: FakeClock, value: str) -> None:
    provider = TokenProvider(team_key, clock=clock)
    assert provider.observe_server_date(value) is False
    assert provider.clock_offset == timedelta(0)


# diagnostics and secrecy


def test_q8_diagnose_explains_the_local_checks(individual_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(individual_key, scope=["GET /v1/apps"], clock=clock)
    assert "no Date header" in provider.diagnose()[0]
    provider.observe_server_date(http_date(T0 + 300))
    text = "\n".join(provider.diagnose())
    assert "300 s behind" in text
    assert "valid for 1140 s" in text and "more than 1200 s" in text
    assert "individual key" in text and "sales, finance or provisioning" in text and "ASC_ISSUER_ID" in text
    assert individual_key.key_id in text
    assert "GET /v1/apps" in text


def test_diagnose_for_a_team_key_without_scope(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock)
    provider.observe_server_date(http_date(T0))
    text = "\n".join(provider.diagnose())
    assert "agrees" in text
    assert f"team key of issuer {team_key.issuer_id}" in text
    assert "Scope: none" in text


def test_no_token_or_key_material_in_repr_diagnose_or_logs(
    team_key: ApiKey, team_pem: bytes, pem_secret: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="app_store_connect")
    provider = TokenProvider(team_key, clock=clock)
    token = provider.token()
    provider.observe_server_date(http_date(T0 + 300))
    new_token = provider.token()
    assert caplog.records, "minting and the clock correction are logged"
    surfaces = [repr(provider), str(provider), *provider.diagnose(), caplog.text]
    for text in surfaces:
        for secret in (token, new_token, token.split(".")[2], pem_secret):
            assert secret not in text


# Boundaries of reuse and of clock correction (each would silently shift otherwise)


def test_the_default_margin_renews_a_token_one_minute_before_it_expires(
    team_key: ApiKey, clock: FakeClock
) -> None:
    provider = TokenProvider(team_key, clock=clock)
    first = provider.token()
    clock.now = T0 + 19 * 60 - 61  # 61 s before expiry: still reused
    assert provider.token() == first and provider.mint_count == 1
    clock.now = T0 + 19 * 60 - 60  # exactly the margin: renewed
    assert provider.token() != first and provider.mint_count == 2
    assert provider.key is team_key


def test_a_zero_refresh_margin_is_allowed(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock, refresh_margin=timedelta(0))
    provider.token()
    clock.now = T0 + 19 * 60 - 1
    provider.token()

    assert provider.mint_count == 1


@pytest.mark.parametrize(("skew", "corrected"), [(5, False), (6, True), (-5, False), (-6, True)])
def test_q8_a_clock_off_by_more_than_five_seconds_is_corrected(
    team_key: ApiKey, clock: FakeClock, skew: int, corrected: bool
) -> None:
    provider = TokenProvider(team_key, clock=clock)

    assert provider.observe_server_date(http_date(T0 + skew)) is corrected
    assert provider.clock_offset == timedelta(seconds=skew if corrected else 0)


def test_q8_the_same_skew_seen_twice_is_one_correction(team_key: ApiKey, clock: FakeClock) -> None:
    provider = TokenProvider(team_key, clock=clock)

    assert provider.observe_server_date(http_date(T0 + 60)) is True
    assert provider.observe_server_date(http_date(T0 + 60)) is False
    assert provider.observe_server_date(http_date(T0 + 65)) is False  # within 5 s of the correction
    assert provider.observe_server_date(http_date(T0 + 66)) is True
    assert provider.clock_offset == timedelta(seconds=66)


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo"])
def test_q8_a_minus_zero_date_is_utc_in_any_local_zone(
    team_key: ApiKey, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    provider = TokenProvider(team_key, clock=clock)
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert provider.observe_server_date(http_date(T0).replace("GMT", "-0000")) is False
    finally:
        monkeypatch.undo()
        time.tzset()
    assert provider.clock_offset == timedelta(0)


def test_q8_a_clock_back_within_five_seconds_drops_an_earlier_correction(
    team_key: ApiKey, clock: FakeClock
) -> None:
    provider = TokenProvider(team_key, clock=clock)
    provider.observe_server_date(http_date(T0 + 10))

    assert provider.observe_server_date(http_date(T0 + 5)) is True  # 5 s is within tolerance: no skew
    assert provider.clock_offset == timedelta(0)
