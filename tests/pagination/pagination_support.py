"""Test doubles of the pagination tests: a wire recorder and one face for both paginator kinds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from app_store_connect import _client
from app_store_connect._keys import ApiKey
from app_store_connect._page import Page
from app_store_connect._pagination import AsyncPaginator, Paginator
from app_store_connect._retry import RetryPolicy

API = "https://api.appstoreconnect.apple.com"
KEY = ApiKey.generate(key_id="ABCDE12345", issuer_id="69a6de7e-5a8c-47e3-e053-5b8c7c11a4d1")


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records the exact URL of each request, then hands it to a handler or httpx's real transport
    (which VCR patches in cassette tests)."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.urls: list[str] = []
        self._sync: httpx.BaseTransport = httpx.MockTransport(handler) if handler else httpx.HTTPTransport()
        self._async: httpx.AsyncBaseTransport = (
            httpx.MockTransport(handler) if handler else httpx.AsyncHTTPTransport()
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        return await self._async.handle_async_request(request)


def no_sleep(seconds: float) -> None:
    """Retries in these tests never wait."""


async def no_async_sleep(seconds: float) -> None:
    """Retries in these tests never wait."""


def client(kind: str, **options: Any) -> Any:
    """An `AppStoreConnect` or `AsyncAppStoreConnect` with a real key, no jitter and no real sleeps."""
    options.setdefault("retry", RetryPolicy(random=lambda: 0.0))
    if kind == "sync":
        return _client.AppStoreConnect(KEY, sleep=no_sleep, **options)
    return _client.AsyncAppStoreConnect(KEY, sleep=no_async_sleep, **options)


async def items(paginator: Paginator | AsyncPaginator, into: list[Any] | None = None) -> list[Any]:
    """Every item of either kind of paginator; `into` keeps what came before an error."""
    found = [] if into is None else into
    if isinstance(paginator, Paginator):
        found.extend(paginator)
    else:
        async for item in paginator:
            found.append(item)
    return found


async def pages(paginator: Paginator | AsyncPaginator) -> list[Page]:
    """Every page of either kind of paginator."""
    if isinstance(paginator, Paginator):
        return list(paginator.pages())
    return [page async for page in paginator.pages()]


def ids(resources: list[Any]) -> list[str]:
    return [resource.id for resource in resources]
