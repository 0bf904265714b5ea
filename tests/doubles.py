"""Test doubles shared by the test folders: time that moves only when slept, and a wire log."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

API_HOST = "api.appstoreconnect.apple.com"


@dataclass
class FakeTime:
    """A clock that only moves when something sleeps; every sleep is recorded, none is real."""

    now: float = 1_764_669_600.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class SentLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the real transport (which VCR replays) and keeps every request as it left the client."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self._async.handle_async_request(request)

    def to(self, host: str, method: str | None = None) -> list[httpx.Request]:
        """The requests sent to `host` (with `method`), in order."""
        return [r for r in self.requests if r.url.host == host and method in (None, r.method)]

    def calls(self) -> list[str]:
        """`METHOD path` of each API request, in order."""
        return [f"{r.method} {r.url.path}" for r in self.to(API_HOST)]

    def authorization_by_host(self) -> dict[str, set[str | None]]:
        """For each host: the Authorization header values (None: absent) sent to it."""
        seen: dict[str, set[str | None]] = {}
        for request in self.requests:
            header = request.headers.get("authorization")
            seen.setdefault(request.url.host, set()).add(header and header.split()[0])
        return seen
