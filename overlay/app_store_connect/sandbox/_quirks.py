"""Quirk switches and fault injection: the live API's misbehaviour, on demand and deterministic.

Standing quirks are switched on for the whole run (`Sandbox(quirks="q1,q6")`); injections fail the next
N matching requests (`sandbox.inject(Fault.BAD_GATEWAY, times=2, path="/v1/apps")`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from ._http import (
    Response,
    agreements_missing,
    error_id,
    not_authorized,
    rate_limit_exceeded,
    unexpected_error,
)
from ._presigned import s3_error


class Quirk(StrEnum):
    """Standing quirks, named after the rows of the quirk catalog."""

    Q1 = "q1"  # inAppPurchasesV2: empty pages with a `next` link forever once `total` is reached
    Q2 = "q2"  # the second page's `next` link repeats the URL of that same page
    Q2_CURSOR = "q2-cursor"  # the second page's `next` link carries a cursor the server then rejects
    Q5 = "q5"  # pages larger than `slow_limit` items take `slow_delay` seconds
    Q6 = "q6"  # every `fault_every`-th GET fails: HTML 502, 500 UNEXPECTED_ERROR, HTML 504, text 502
    Q7 = "q7"  # every `fault_every`-th request answers 429 RATE_LIMIT_EXCEEDED
    Q13 = "q13"  # the first commit of each upload answers 504 although it worked


class Fault(StrEnum):
    """What an injected failure looks like on the wire."""

    BAD_GATEWAY = "bad_gateway"  # Q6: 502, Apple's HTML page with a Correlation Key
    COULD_NOT_PROCESS = "could_not_process"  # Q6: 502, text body "Could not process this request"
    GATEWAY_TIMEOUT = "gateway_timeout"  # Q6, Q13: 504, an edge proxy's HTML page
    UNEXPECTED_ERROR = "unexpected_error"  # Q6: 500 UNEXPECTED_ERROR (S3 InternalError on the presigned host)
    RATE_LIMITED = "rate_limited"  # Q7: 429 RATE_LIMIT_EXCEEDED (S3 503 SlowDown on the presigned host)
    NOT_AUTHORIZED = "not_authorized"  # Q8: a transient 401 for a good token
    AGREEMENTS_MISSING = "agreements_missing"  # Q9: 403 FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED
    DELAY = "delay"  # Q5: the normal answer, after `delay` seconds


class Host(StrEnum):
    """The sandbox's two listeners."""

    API = "api"
    PRESIGNED = "presigned"


_Q6_CYCLE = (Fault.BAD_GATEWAY, Fault.UNEXPECTED_ERROR, Fault.GATEWAY_TIMEOUT, Fault.COULD_NOT_PROCESS)


def parse_quirks(quirks: str | Iterable[str]) -> frozenset[Quirk]:
    """Quirks from `"q1,q6"`, `"all"` or an iterable of names; unknown names raise ValueError."""
    names = quirks.split(",") if isinstance(quirks, str) else list(quirks)
    cleaned = {name.strip().lower() for name in names if name.strip()}
    if "all" in cleaned:
        return frozenset(Quirk)
    unknown = cleaned - {quirk.value for quirk in Quirk}
    if unknown:
        raise ValueError(f"unknown quirk(s) {sorted(unknown)}; known: {', '.join(Quirk)}, all")
    return frozenset(Quirk(name) for name in cleaned)


@dataclass
class Injection:
    """A fault for the next `times` requests matching host, method and path (a regular expression).

    `after_handling` lets the request take effect before the fault replaces its answer (Q13's commit
    that answers 504 although it worked). `remaining` counts down as requests are hit.
    """

    fault: Fault
    times: int = 1
    method: str | None = None
    path: str | None = None
    host: Host = Host.API
    delay: float = 0.0
    after_handling: bool = False
    remaining: int = field(init=False)

    def __post_init__(self) -> None:
        self.remaining = self.times
        self._pattern = re.compile(self.path) if self.path is not None else None

    def matches(self, host: Host, method: str, path: str) -> bool:
        """Whether a request is one this injection is waiting for."""
        return (
            self.remaining > 0
            and self.host == host
            and (self.method is None or self.method.upper() == method)
            and (self._pattern is None or self._pattern.search(path) is not None)
        )


class FaultPlan:
    """The standing quirks and pending injections of one sandbox; thread-safe and deterministic."""

    def __init__(self, quirks: frozenset[Quirk], every: int) -> None:
        if every < 1:
            raise ValueError("fault_every must be at least 1")
        self._quirks = set(quirks)
        self._every = every
        self._injections: list[Injection] = []
        self._api_requests = 0
        self._q6_failures = 0
        self._lock = threading.Lock()

    @property
    def quirks(self) -> frozenset[Quirk]:
        """The standing quirks switched on now."""
        with self._lock:
            return frozenset(self._quirks)

    def enabled(self, quirk: Quirk) -> bool:
        """Whether `quirk` is switched on."""
        with self._lock:
            return quirk in self._quirks

    def switch(self, quirks: Iterable[Quirk], on: bool) -> None:
        """Switch standing quirks on or off."""
        with self._lock:
            if on:
                self._quirks.update(quirks)
            else:
                self._quirks.difference_update(quirks)

    def add(self, injection: Injection) -> Injection:
        """Queue an injection; earlier injections are matched first."""
        with self._lock:
            self._injections.append(injection)
        return injection

    def clear(self) -> None:
        """Drop every pending injection."""
        with self._lock:
            self._injections.clear()

    def take(self, host: Host, method: str, path: str) -> Injection | None:
        """The fault for this request, if any, counting it against its injection or the standing schedule."""
        with self._lock:
            for injection in self._injections:
                if injection.matches(host, method, path):
                    injection.remaining -= 1
                    return injection
            if host is not Host.API:
                return None
            self._api_requests += 1
            if self._api_requests % self._every:
                return None
            options = []
            # Q6 only fails idempotent requests, so a client that never blindly re-sends a POST can finish.
            if Quirk.Q6 in self._quirks and method == "GET":
                options.append(Quirk.Q6)
            if Quirk.Q7 in self._quirks:
                options.append(Quirk.Q7)
            if not options:
                return None
            if options[self._api_requests // self._every % len(options)] is Quirk.Q7:
                return Injection(Fault.RATE_LIMITED)
            self._q6_failures += 1
            return Injection(_Q6_CYCLE[(self._q6_failures - 1) % len(_Q6_CYCLE)])


def fault_response(fault: Fault, host: Host) -> Response:
    """The response of an injected fault, shaped like the live service's (Q6, Q7, Q8, Q9, Q13)."""
    if fault is Fault.BAD_GATEWAY:
        return _html(502, "Bad Gateway", f"Correlation Key: {error_id()}")
    if fault is Fault.COULD_NOT_PROCESS:
        return Response(502, b"Could not process this request", "text/plain")
    if fault is Fault.GATEWAY_TIMEOUT:
        return _html(
            504,
            "Gateway Timeout",
            "The proxy server did not receive a timely response from the upstream server. "
            f"Reference #{error_id()}",
        )
    if host is Host.PRESIGNED:
        return s3_error(*_S3_FAULTS[fault])
    return _API_FAULTS[fault]().response()


_S3_FAULTS = {
    Fault.UNEXPECTED_ERROR: (500, "InternalError", "We encountered an internal error. Please try again."),
    Fault.RATE_LIMITED: (503, "SlowDown", "Please reduce your request rate."),
    Fault.NOT_AUTHORIZED: (403, "AccessDenied", "Access Denied"),
    Fault.AGREEMENTS_MISSING: (403, "AccessDenied", "Access Denied"),
}
_API_FAULTS = {
    Fault.UNEXPECTED_ERROR: unexpected_error,
    Fault.RATE_LIMITED: rate_limit_exceeded,
    Fault.NOT_AUTHORIZED: not_authorized,
    Fault.AGREEMENTS_MISSING: agreements_missing,
}


def _html(status: int, title: str, line: str) -> Response:
    page = (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><title>{title}</title></head>\n<body>\n'
        f'<div class="section">\n<h1>&#63743;</h1>\n<h3>{title}</h3>\n<p>{line}</p>\n</div>\n'
        "</body>\n</html>\n"
    )
    return Response(status, page.encode(), "text/html")
