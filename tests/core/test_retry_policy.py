"""`RetryPolicy.decide`: every retry decision, without I/O (Q6, Q7)."""

from __future__ import annotations

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
