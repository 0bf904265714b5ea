"""Retrying, pacing, logging httpx transports: one I/O-free loop, thin sync and async shells."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable, Generator

import anyio
import httpx

from ._rate_limit import HEADER as RATE_LIMIT_HEADER
from ._rate_limit import RateLimit
from ._redact import shown_url
from ._retry import Attempt, RetryPolicy

LOGGER_NAME = "app_store_connect"

# What an attempt ended with: a response, or the transport error it raised.
Outcome = httpx.Response | httpx.TransportError


class RetryLoop:
    """Every decision of the transports: when to send, what to log, whether to go again.

    `flow(request)` is a generator: it yields the seconds to wait before each attempt, receives that
    attempt's outcome, and returns the final response (or raises the final error). It is shared by
    one client's transports, so `rate_limit` and pacing span all its requests.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float] = time.time,
        pace_below: float | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        self.policy = policy
        self.rate_limit: RateLimit | None = None
        self._clock = clock
        self._pace_below = pace_below
        self._logger = logger or logging.getLogger(LOGGER_NAME)
        self._lock = threading.Lock()
        self._interval = 0.0  # pacing: seconds to leave between request starts
        self._last_start = float("-inf")  # pacing: when the latest request was let go

    def flow(self, request: httpx.Request) -> Generator[float, Outcome, httpx.Response]:
        """Drive one request through its attempts (see the class docstring)."""
        replayable = isinstance(request.stream, httpx.ByteStream)
        first_sent: float | None = None
        delay = 0.0
        number = 0
        while True:
            number += 1
            wait = self._pace(delay)
            sent = self._clock() + wait
            first_sent = sent if first_sent is None else first_sent
            outcome = yield wait
            ended = self._clock()
            self._observe(request, outcome, number, duration=ended - sent)
            attempt = Attempt(request.method, number, ended - first_sent, replayable)
            decision = self.policy.decide(attempt, outcome, now=ended)
            if not decision.retry:
                if isinstance(outcome, Exception):
                    self._log(logging.DEBUG, "giving up on %s %s: %s", request, decision.reason)
                    raise outcome
                if not outcome.is_success:
                    self._log(logging.DEBUG, "not retrying %s %s: %s", request, decision.reason)
                return outcome
            self._log(
                logging.INFO,
                "retrying %s %s in %.2fs after %s (attempt %d of %d)",
                request,
                decision.delay,
                decision.reason,
                number,
                self.policy.attempts,
            )
            delay = decision.delay

    def _pace(self, delay: float) -> float:
        """The wait before an attempt: the policy's `delay`, or longer if pacing reserves a later slot."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._last_start + self._interval)
            self._last_start = slot
            return max(delay, slot - now)

    def _observe(self, request: httpx.Request, outcome: Outcome, number: int, *, duration: float) -> None:
        """Keep the latest rate limit (and pacing interval), then log the attempt."""
        if isinstance(outcome, httpx.Response):
            rate_limit = RateLimit.parse(outcome.headers.get(RATE_LIMIT_HEADER))
            if rate_limit is not None:
                self.rate_limit = rate_limit
                if self._pace_below is not None:
                    self._interval = rate_limit.pacing_interval(self._pace_below)
        if not self._logger.isEnabledFor(logging.DEBUG):
            return
        status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
        remaining = self.rate_limit.remaining if self.rate_limit else None
        self._logger.debug(
            "%s %s -> %s in %.3fs (attempt %d, rate limit remaining %s)",
            request.method,
            shown_url(request.url),
            status,
            duration,
            number,
            remaining,
            extra={
                "asc_method": request.method,
                "asc_path": request.url.path,
                "asc_status": status,
                "asc_duration": duration,
                "asc_attempt": number,
                "asc_rate_limit_remaining": remaining,
            },
        )

    def _log(self, level: int, message: str, request: httpx.Request, *args: object) -> None:
        if self._logger.isEnabledFor(level):
            self._logger.log(level, message, request.method, shown_url(request.url), *args)


class QueryRedactingFilter(logging.Filter):
    """Keeps httpx's own request log line but drops the query of the URL it logs (Q13 signatures)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(shown_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


def redact_httpx_log() -> None:
    """Install `QueryRedactingFilter` on the `httpx` logger once per process."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(existing, QueryRedactingFilter) for existing in httpx_logger.filters):
        httpx_logger.addFilter(QueryRedactingFilter())


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport: each request goes through `RetryLoop.flow`, sleeping with `sleep`."""

    def __init__(
        self, inner: httpx.BaseTransport, loop: RetryLoop, *, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._inner = inner
        self._loop = loop
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._loop.flow(request)
        delay = next(flow)
        while True:
            if delay > 0:
                self._sleep(delay)
            outcome: Outcome
            try:
                outcome = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                outcome = exc
            try:
                delay = flow.send(outcome)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(outcome, httpx.Response):
                outcome.close()

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`: same loop, awaited I/O."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        loop: RetryLoop,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._inner = inner
        self._loop = loop
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = self._loop.flow(request)
        delay = next(flow)
        while True:
            if delay > 0:
                await self._sleep(delay)
            outcome: Outcome
            try:
                outcome = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                outcome = exc
            try:
                delay = flow.send(outcome)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()
