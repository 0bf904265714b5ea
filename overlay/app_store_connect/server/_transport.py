"""The httpx side of the Server API client: the overlay's `RetryPolicy` and retry loop, Apple's
`Retry-After` in epoch milliseconds (Q17; Apple's "Identifying rate limits"), and writes that are never
re-sent once they may have arrived.

In this API PUT is a write with an effect (Send Consumption Information, Extend a Renewal Date, Set App
Account Token) and one POST is a read (Get Notification History), so reads and writes are told apart
by endpoint, not by method.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Awaitable, Callable
from typing import Self

import httpx

from .._retry import NOT_SENT_ERRORS, Attempt, RetryDecision, RetryPolicy, _http_date
from .._transport import AsyncRetryTransport, RetryLoop, RetryTransport

__all__ = ["WRITE", "ReadRetryPolicy", "WriteRetryPolicy", "async_transport", "is_read", "sync_transport"]

WRITE = "app_store_connect.write"  # request extension: True for a write
READS_SENT_AS_POST = ("/inApps/v1/notifications/history",)
# Numbers above this are epoch milliseconds, not delta-seconds (no wait is ~31 years long).
_EPOCH_MS_FROM = 10**9


def is_read(method: str, path: str) -> bool:
    """Whether a request only reads: a GET, or a POST that Apple uses for a query."""
    return method.upper() == "GET" or (method.upper() == "POST" and path.endswith(READS_SENT_AS_POST))


@dataclasses.dataclass(frozen=True)
class ReadRetryPolicy(RetryPolicy):
    """A `RetryPolicy` for reads: decided as for a GET, whatever the method (a query sent as POST)."""

    @classmethod
    def of(cls, policy: RetryPolicy) -> Self:
        """`policy`'s limits (attempts, budget, backoff, Retry-After cap), for this kind of request."""
        return cls(**{field.name: getattr(policy, field.name) for field in dataclasses.fields(policy)})

    def decide(self, attempt: Attempt, outcome: httpx.Response | Exception, *, now: float) -> RetryDecision:
        return super().decide(dataclasses.replace(attempt, method="GET"), outcome, now=now)


@dataclasses.dataclass(frozen=True)
class WriteRetryPolicy(ReadRetryPolicy):
    """A `RetryPolicy` for writes: retried only when they surely did not take effect (429, or a failure
    before any byte was sent); a 5xx or a timeout after sending is final, whatever the method."""

    def decide(self, attempt: Attempt, outcome: httpx.Response | Exception, *, now: float) -> RetryDecision:
        if isinstance(outcome, httpx.Response) and outcome.status_code in self.statuses - {429}:
            return RetryDecision(False, f"a write got {outcome.status_code}: it may have taken effect (Q6)")
        if isinstance(outcome, Exception) and not isinstance(outcome, NOT_SENT_ERRORS):
            return RetryDecision(False, f"a write may have reached the server ({type(outcome).__name__})")
        return super().decide(attempt, outcome, now=now)


def normalize_retry_after(response: httpx.Response, *, now: float) -> None:
    """Rewrite Apple's `Retry-After: <epoch ms>` as delta-seconds, which `RetryPolicy` reads (Q17).

    Measured against the response's `Date` when it has one, so a skewed local clock does not matter.
    """
    value = response.headers.get("retry-after", "").strip()
    if not value.isdigit() or int(value) < _EPOCH_MS_FROM:
        return
    date = _http_date(response.headers.get("date", ""))
    reference = now if date is None else date
    response.headers["retry-after"] = str(max(0, round(int(value) / 1000 - reference)))


class _EpochRetryAfter(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, clock: Callable[[], float]) -> None:
        self._inner, self._clock = inner, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        normalize_retry_after(response, now=self._clock())
        return response

    def close(self) -> None:
        self._inner.close()


class _AsyncEpochRetryAfter(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, clock: Callable[[], float]) -> None:
        self._inner, self._clock = inner, clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        normalize_retry_after(response, now=self._clock())
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _ByIntent(httpx.BaseTransport):
    """Reads through one retry loop, writes through the other; both over one connection pool."""

    def __init__(self, inner: httpx.BaseTransport, reads: RetryTransport, writes: RetryTransport) -> None:
        self._inner, self._reads, self._writes = inner, reads, writes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        chosen = self._writes if request.extensions.get(WRITE) else self._reads
        return chosen.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncByIntent(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, reads: AsyncRetryTransport, writes: AsyncRetryTransport
    ) -> None:
        self._inner, self._reads, self._writes = inner, reads, writes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        chosen = self._writes if request.extensions.get(WRITE) else self._reads
        return await chosen.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _loops(policy: RetryPolicy, clock: Callable[[], float]) -> tuple[RetryLoop, RetryLoop]:
    reads = RetryLoop(ReadRetryPolicy.of(policy), clock=clock)
    return reads, RetryLoop(WriteRetryPolicy.of(policy), clock=clock)


def sync_transport(
    policy: RetryPolicy,
    inner: httpx.BaseTransport | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
) -> httpx.BaseTransport:
    """The transport of the sync client: `policy`'s limits, with the read and the write rules."""
    base = inner or httpx.HTTPTransport()
    normalized = _EpochRetryAfter(base, clock)
    reads, writes = _loops(policy, clock)
    return _ByIntent(
        base, RetryTransport(normalized, reads, sleep=sleep), RetryTransport(normalized, writes, sleep=sleep)
    )


def async_transport(
    policy: RetryPolicy,
    inner: httpx.AsyncBaseTransport | None = None,
    *,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.time,
) -> httpx.AsyncBaseTransport:
    """The async twin of `sync_transport`."""
    base = inner or httpx.AsyncHTTPTransport()
    normalized = _AsyncEpochRetryAfter(base, clock)
    reads, writes = _loops(policy, clock)
    options = {} if sleep is None else {"sleep": sleep}
    return _AsyncByIntent(
        base,
        AsyncRetryTransport(normalized, reads, **options),
        AsyncRetryTransport(normalized, writes, **options),
    )
