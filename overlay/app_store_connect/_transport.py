"""Retrying, pacing, logging httpx transports: one I/O-free loop, thin sync and async shells."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, Generator

import anyio
import httpx

from ._rate_limit import HEADER as RATE_LIMIT_HEADER
from ._rate_limit import RateLimit
from ._redact import shown_url
from ._retry import NOT_SENT_ERRORS, Attempt, RetryPolicy

LOGGER_NAME = "app_store_connect"

# Request extension set by the clients: the body is read inside the retry loop, so a body cut short,
# reset or stalled is one more failed attempt (not an error after the loop returned). Not for `stream`.
READ_BODY = "app_store_connect.read_body"

# What an attempt ended with: a response, or the transport error it raised.
Outcome = httpx.Response | httpx.TransportError

# Headers that describe a body; dropped when a 404 body is replaced by "deleted" (see `RetryLoop.flow`).
_BODY_HEADERS = frozenset({"content-length", "content-type", "content-encoding", "transfer-encoding"})


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
        doubtful = False  # an earlier attempt may have taken effect on the server
        while True:
            number += 1
            wait = self._pace(delay)
            sent = self._clock() + wait
            first_sent = sent if first_sent is None else first_sent
            outcome = yield wait
            ended = self._clock()
            self._observe(request, outcome, number, duration=ended - sent)
            if doubtful and isinstance(outcome, httpx.Response) and _already_deleted(request, outcome):
                self._log(logging.INFO, "%s %s: 404 after an attempt that may have deleted it: done", request)
                return _deleted(request, outcome)
            doubtful = doubtful or _may_have_applied(outcome)
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


def _may_have_applied(outcome: Outcome) -> bool:
    """Whether the server may have acted on an attempt that ended with `outcome` (a 5xx, or a failure
    after the request left)."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code >= 500
    return not isinstance(outcome, NOT_SENT_ERRORS)


def _already_deleted(request: httpx.Request, outcome: httpx.Response) -> bool:
    """A retried DELETE answered 404: the earlier attempt deleted it (documented in the README)."""
    return request.method == "DELETE" and outcome.status_code == 404


def _deleted(request: httpx.Request, outcome: httpx.Response) -> httpx.Response:
    """The 204 a DELETE that succeeded answers, keeping `outcome`'s other headers (rate limit, ids)."""
    headers = [(name, value) for name, value in outcome.headers.multi_items() if name not in _BODY_HEADERS]
    return httpx.Response(204, headers=headers, request=request)


class QueryRedactingFilter(logging.Filter):
    """Keeps httpx's own request log line but drops the query of the URL it logs (Q13 signatures)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(shown_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


# A URL's query inside httpcore's preformatted trace lines, e.g. a `Location` header's signature.
_QUERY_IN_TEXT = re.compile(r"(?<=\S)\?[^\s'\"]*")
_HTTPCORE_LOGGERS = ("connection", "http11", "http2", "proxy", "socks")


class TextQueryRedactingFilter(logging.Filter):
    """Drops URL queries from httpcore's DEBUG lines (headers such as `Location` are printed whole, Q13)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _QUERY_IN_TEXT.sub("", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def redact_httpx_log() -> None:
    """Install the query filters on the `httpx` and `httpcore.*` loggers once per process (a filter on a
    parent logger does not see its children's records)."""
    loggers: list[tuple[logging.Logger, type[logging.Filter]]] = [
        (logging.getLogger("httpx"), QueryRedactingFilter)
    ]
    loggers += [
        (logging.getLogger(f"httpcore.{name}"), TextQueryRedactingFilter) for name in _HTTPCORE_LOGGERS
    ]
    for logger, kind in loggers:
        if not any(isinstance(existing, kind) for existing in logger.filters):
            logger.addFilter(kind())


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
            outcome = self._attempt(request)
            try:
                delay = flow.send(outcome)
            except StopIteration as done:
                if isinstance(outcome, httpx.Response) and done.value is not outcome:
                    outcome.close()
                return done.value  # type: ignore[no-any-return]
            if isinstance(outcome, httpx.Response):
                outcome.close()

    def _attempt(self, request: httpx.Request) -> Outcome:
        """One attempt: the response (its body read unless the request is streamed), or the error."""
        try:
            response = self._inner.handle_request(request)
            if request.extensions.get(READ_BODY):
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
        except httpx.TransportError as exc:
            return exc
        return response

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
            outcome = await self._attempt(request)
            try:
                delay = flow.send(outcome)
            except StopIteration as done:
                if isinstance(outcome, httpx.Response) and done.value is not outcome:
                    await outcome.aclose()
                return done.value  # type: ignore[no-any-return]
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()

    async def _attempt(self, request: httpx.Request) -> Outcome:
        """See `RetryTransport._attempt`."""
        try:
            response = await self._inner.handle_async_request(request)
            if request.extensions.get(READ_BODY):
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except httpx.TransportError as exc:
            return exc
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
