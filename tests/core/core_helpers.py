"""Test doubles of the core tests: fake time, a wire recorder, and one driver for both client kinds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from app_store_connect import _client


@dataclass
class Sent:
    """One request as it left the client (after auth, redirects and retries)."""

    method: str
    url: str
    authorization: str | None


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records each request, then hands it to httpx's real transport (which VCR patches in cassette tests)."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.sent: list[Sent] = []
        self._sync: httpx.BaseTransport = httpx.MockTransport(handler) if handler else httpx.HTTPTransport()
        self._async: httpx.AsyncBaseTransport = (
            httpx.MockTransport(handler) if handler else httpx.AsyncHTTPTransport()
        )

    def _record(self, request: httpx.Request) -> None:
        self.sent.append(Sent(request.method, str(request.url), request.headers.get("authorization")))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return await self._async.handle_async_request(request)

    @property
    def tokens(self) -> list[str | None]:
        """The bearer token of each request (None when it had no Authorization header)."""
        return [s.authorization.removeprefix("Bearer ") if s.authorization else None for s in self.sent]


class Driver:
    """One face for both clients, so a test body exercises the sync and the async code path."""

    def __init__(self, kind: str, **options: Any) -> None:
        self.kind = kind
        cls = _client.AppStoreConnect if kind == "sync" else _client.AsyncAppStoreConnect
        self.asc: Any = cls(**{"key": None, **options})  # no token unless a test gives a key

    async def _run(self, result: Any) -> Any:
        return await result if self.kind == "async" else result

    async def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        return await self._run(self.asc.request(method, url, **options))  # type: ignore[no-any-return]

    async def call(self, endpoint: Any, **params: Any) -> Any:
        return await self._run(self.asc.call(endpoint, **params))

    async def download(self, method: str, url: str, **options: Any) -> bytes:
        """Read a body through `stream`, chunk by chunk."""
        if self.kind == "sync":
            with self.asc.stream(method, url, **options) as response:
                return b"".join(response.iter_bytes())
        async with self.asc.stream(method, url, **options) as response:
            return b"".join([chunk async for chunk in response.aiter_bytes()])

    async def close(self) -> None:
        await self._run(self.asc.close())


MakeDriver = Callable[..., Driver]
