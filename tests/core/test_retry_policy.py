"""`RetryPolicy.decide`: every retry decision, without I/O (Q6, Q7)."""

from __future__ import annotations

import dataclasses
import time

import httpx
import pytest

from app_store_connect._retry import Attempt, RetryPolicy, parse_retry_after

NOW = 1_764_669_600.0  # Tue, 02 Dec 2025 10:00:00 GMT
POLICY = RetryPolicy(random=lambda: 0.0)


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def first(method: str = "GET", *, number: int = 1, elapsed: float = 0.0, replayable: bool = True) -> Attempt:
    return Attempt(method, number, elapsed, replayable)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_q6_q7_transient_statuses_are_retried_for_get(status: int) -> None:
    decision = POLICY.decide(first(), response(status), now=NOW)

    assert decision.retry and decision.delay == 0.5


@pytest.mark.parametrize("status", [200, 400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_final(status: int) -> None:
    assert not POLICY.decide(first(), response(status), now=NOW).retry


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_idempotent_methods_are_retried_after_5xx(method: str) -> None:
    assert POLICY.decide(first(method), response(500), now=NOW).retry


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_q6_post_and_patch_are_not_retried_after_5xx(method: str, status: int) -> None:
    decision = POLICY.decide(first(method), response(status), now=NOW)

    assert not decision.retry
    assert "Q6" in decision.reason


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_q7_post_and_patch_are_retried_after_429(method: str) -> None:
    assert POLICY.decide(first(method), response(429), now=NOW).retry


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
)
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_q6_request_surely_not_sent_is_retried_for_every_method(method: str, error: Exception) -> None:
    assert POLICY.decide(first(method), error, now=NOW).retry


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("closed"),
        httpx.WriteError("broken pipe"),
    ],
)
def test_q6_errors_after_sending_are_retried_only_when_idempotent(error: Exception) -> None:
    assert POLICY.decide(first("GET"), error, now=NOW).retry
    assert not POLICY.decide(first("POST"), error, now=NOW).retry


def test_non_transport_errors_are_not_retried() -> None:
    assert not POLICY.decide(first(), ValueError("bug"), now=NOW).retry
    assert not POLICY.decide(first(), httpx.UnsupportedProtocol("ftp"), now=NOW).retry


def test_stops_after_the_last_attempt() -> None:
    policy = RetryPolicy(attempts=3, random=lambda: 0.0)

    assert policy.decide(first(number=2), response(503), now=NOW).retry
    assert not policy.decide(first(number=3), response(503), now=NOW).retry


def test_disabled_never_retries() -> None:
    assert not RetryPolicy.disabled().decide(first(), response(503), now=NOW).retry
    assert not RetryPolicy.disabled().decide(first(), httpx.ConnectError("x"), now=NOW).retry


def test_a_body_that_cannot_be_sent_again_is_not_retried() -> None:
    decision = POLICY.decide(first("PUT", replayable=False), response(503), now=NOW)

    assert not decision.retry and "stream" in decision.reason


def test_backoff_is_exponential_and_capped() -> None:
    policy = RetryPolicy(backoff=0.5, backoff_cap=3.0, random=lambda: 0.0)

    assert [policy.backoff_delay(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_shortens_waits_by_up_to_its_fraction() -> None:
    assert RetryPolicy(jitter=0.5, random=lambda: 1.0).backoff_delay(3) == 1.0  # 2.0 halved
    assert RetryPolicy(jitter=0.5, random=lambda: 0.25).backoff_delay(3) == 1.75


def test_retry_after_seconds_replaces_backoff() -> None:
    decision = POLICY.decide(first(), response(429, **{"Retry-After": "7"}), now=NOW)

    assert decision.retry and decision.delay == 7.0


def test_retry_after_http_date_is_measured_against_the_response_date() -> None:
    headers = {"Retry-After": "Tue, 02 Dec 2025 10:00:30 GMT", "Date": "Tue, 02 Dec 2025 10:00:10 GMT"}

    decision = POLICY.decide(first(), response(503, **headers), now=NOW + 3600)  # local clock an hour off

    assert decision.retry and decision.delay == 20.0


def test_retry_after_http_date_without_date_header_uses_now() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "Tue, 02 Dec 2025 10:00:45 GMT"}), now=NOW) == 45.0


def test_an_over_long_retry_after_means_give_up() -> None:
    policy = RetryPolicy(max_retry_after=60.0)

    decision = policy.decide(first(), response(429, **{"Retry-After": "3600"}), now=NOW)

    assert not decision.retry and "Retry-After" in decision.reason


@pytest.mark.parametrize("value", ["soon", "", "Tue, 99 Foo"])
def test_unreadable_retry_after_falls_back_to_backoff(value: str) -> None:
    decision = POLICY.decide(first(), response(503, **{"Retry-After": value}), now=NOW)

    assert decision.retry and decision.delay == 0.5


def test_total_time_budget_is_never_exceeded() -> None:
    policy = RetryPolicy(budget=10.0, random=lambda: 0.0)

    assert policy.decide(first(elapsed=9.0), response(503), now=NOW).retry  # 9.0 + 0.5 fits
    decision = policy.decide(first(elapsed=9.8), response(503), now=NOW)
    assert not decision.retry and "budget" in decision.reason


# Retry-After as an HTTP-date in every RFC 9110 form is UTC, whatever the local zone (Q7)


RETRY_AT = {
    "imf-fixdate": "Tue, 02 Dec 2025 10:00:45 GMT",
    "minus zero zone": "Tue, 02 Dec 2025 10:00:45 -0000",
    "asctime": "Tue Dec  2 10:00:45 2025",
}


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Tokyo"])
@pytest.mark.parametrize("form", list(RETRY_AT))
def test_q7_retry_after_dates_are_utc_in_any_local_zone(
    monkeypatch: pytest.MonkeyPatch, zone: str, form: str
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert parse_retry_after(httpx.Headers({"Retry-After": RETRY_AT[form]}), now=NOW) == 45.0
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("value", "expected"), [("0", 0.0), ("-5", 0.0), ("Tue, 02 Dec 2025 09:00:00 GMT", 0.0)]
)
def test_q7_retry_after_zero_negative_or_past_is_no_wait(value: str, expected: float) -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": value}), now=NOW) == expected
    decision = POLICY.decide(first(), response(429, **{"Retry-After": value}), now=NOW)
    assert decision.retry and decision.delay == expected


def test_q7_retry_after_exactly_at_the_cap_is_waited_and_above_it_is_not() -> None:
    policy = RetryPolicy(max_retry_after=30.0, random=lambda: 0.0)
    at_cap = policy.decide(first(), response(503, **{"Retry-After": "30"}), now=NOW)
    above = policy.decide(first(), response(503, **{"Retry-After": "31"}), now=NOW)

    assert at_cap.retry and at_cap.delay == 30.0
    assert not above.retry and "too long" in above.reason


def test_the_default_policy_jitters_each_wait_within_half_the_backoff() -> None:
    policy = RetryPolicy()
    assert (policy.attempts, policy.budget, policy.backoff, policy.backoff_cap) == (4, 120.0, 0.5, 30.0)
    assert (policy.jitter, policy.max_retry_after) == (0.5, 120.0)
    assert policy.statuses == frozenset({429, 500, 502, 503, 504})
    waits = [RetryPolicy(random=lambda f=fraction: f).backoff_delay(3) for fraction in (0.0, 0.5, 1.0)]
    assert waits == [2.0, 1.5, 1.0]
    assert all(1.0 <= policy.backoff_delay(3) <= 2.0 for _ in range(50))


def test_policies_and_decisions_are_frozen_values() -> None:
    policy = RetryPolicy(random=lambda: 0.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.attempts = 9  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first().number = 2  # type: ignore[misc]
    decision = policy.decide(first(), response(200), now=NOW)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.retry = True  # type: ignore[misc]

    assert decision.delay == 0.0 and Attempt("GET", 1, 0.0).replayable
    assert policy == RetryPolicy() and "random" not in repr(policy)  # the random source is not a setting


def test_a_wait_ending_exactly_at_the_budget_is_allowed() -> None:
    policy = RetryPolicy(budget=10.0, random=lambda: 0.0)

    assert policy.decide(first(elapsed=9.5), response(503), now=NOW).retry  # 9.5 + 0.5 == 10
    assert not policy.decide(first(elapsed=9.6), response(503), now=NOW).retry
