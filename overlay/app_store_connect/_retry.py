"""`RetryPolicy`: the one place that decides whether, and when, a request is tried again. No I/O."""

from __future__ import annotations

import email.utils
import random as _random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC

import httpx

# Methods that may be sent twice without a second effect.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

# Failures that happen before any byte reached the server: safe to retry for every method (a POST too).
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)

# Transient failures in general; after one of these a request may or may not have been processed.
TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class Attempt:
    """What the policy needs to know about the attempt that just ended."""

    method: str
    number: int  # 1 for the first attempt
    elapsed: float  # seconds since the first attempt started
    replayable: bool = True  # False when the body was a stream that cannot be sent again


@dataclass(frozen=True)
class RetryDecision:
    """Try again after `delay` seconds, or stop; `reason` is for the log."""

    retry: bool
    reason: str
    delay: float = 0.0


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to retry: attempts, a total-time budget, capped exponential backoff with jitter.

    Retries 429, 500, 502, 503, 504 and connection/timeout errors (Q6, Q7), honouring `Retry-After`.
    POST and PATCH are retried only when the request surely did not reach the server or got a 429:
    re-sending a create after a 5xx can duplicate it (Q6, fastlane issue 17886; Q14).
    """

    attempts: int = 4
    budget: float = 120.0  # seconds, across all attempts and waits
    backoff: float = 0.5  # first wait
    backoff_cap: float = 30.0
    jitter: float = 0.5  # each wait is shortened by up to this fraction, at random
    max_retry_after: float = 120.0  # a longer Retry-After means: give up now, don't block
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(attempts=1)

    def decide(self, attempt: Attempt, outcome: httpx.Response | Exception, *, now: float) -> RetryDecision:
        """Whether to try `attempt`'s request again after `outcome`; `now` is the wall clock (epoch s)."""
        method = attempt.method.upper()
        retry_after: float | None = None
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if status not in self.statuses:
                return RetryDecision(False, f"status {status} is final")
            if method not in IDEMPOTENT_METHODS and status != 429:
                # Q6 (fastlane 17886): the create may have happened; re-sending can duplicate it.
                return RetryDecision(False, f"{method} got {status}: it may have taken effect (Q6)")
            retry_after = parse_retry_after(outcome.headers, now=now)
            cause = f"status {status}"
        else:
            cause = type(outcome).__name__
            if not isinstance(outcome, TRANSIENT_ERRORS + NOT_SENT_ERRORS):
                return RetryDecision(False, f"{cause} is not transient")
            if method not in IDEMPOTENT_METHODS and not isinstance(outcome, NOT_SENT_ERRORS):
                return RetryDecision(False, f"{method} may have reached the server ({cause})")
        if not attempt.replayable:
            return RetryDecision(False, "the request body was a stream and cannot be sent again")
        if attempt.number >= self.attempts:
            return RetryDecision(False, f"{cause} after {attempt.number} attempt(s), the most allowed")
        if retry_after is not None and retry_after > self.max_retry_after:
            return RetryDecision(False, f"{cause} with Retry-After {retry_after:.0f}s, too long to wait")
        delay = self.backoff_delay(attempt.number) if retry_after is None else retry_after
        if attempt.elapsed + delay > self.budget:
            budget = f"{self.budget:.0f}s"
            return RetryDecision(False, f"{cause}: waiting {delay:.1f}s would exceed the {budget} budget")
        return RetryDecision(True, cause, delay)

    def backoff_delay(self, number: int) -> float:
        """The wait after failed attempt `number`: exponential, capped, minus random jitter."""
        base = min(self.backoff_cap, self.backoff * 2.0 ** (number - 1))
        return base * (1.0 - self.jitter * self.random())


def parse_retry_after(headers: httpx.Headers, *, now: float) -> float | None:
    """Seconds from a `Retry-After` of delta-seconds or HTTP-date; None when absent or unreadable.

    An HTTP-date is measured against the response's own `Date` when it has one, so a skewed local
    clock does not stretch or cut the wait (Q8 notes such skew is common).
    """
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    until = _http_date(value)
    if until is None:
        return None
    reference = _http_date(headers.get("date", ""))
    return max(0.0, until - (now if reference is None else reference))


def _http_date(value: str) -> float | None:
    """Epoch seconds of an HTTP-date. Every form is UTC (RFC 9110 5.6.7): `-0000` and asctime dates,
    which the parser returns without a zone, are not read in the local zone."""
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
