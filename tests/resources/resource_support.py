"""A local API double for the resource tests: answers by path, records every request as sent."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect

BASE_URL = "https://api.example.test"
Answer = Callable[[httpx.Request], httpx.Response]


def app(app_id: str, name: str = "One") -> dict[str, Any]:
    return {"type": "apps", "id": app_id, "attributes": {"name": name}}


def document(data: object, **extra: object) -> dict[str, Any]:
    return {"data": data, "links": {"self": "x"}, **extra}


class Api:
    """Requests as they left the client, and a handler that answers them."""

    def __init__(self, answer: Answer | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer or self.default

    @staticmethod
    def default(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE" or ("/relationships/" in request.url.path and request.method != "GET"):
            return httpx.Response(204)
        if request.url.path == "/v1/apps":
            return httpx.Response(200, json=document([app("1")]))
        if request.url.path.endswith("/appAvailabilityV2"):
            return httpx.Response(200, json=document({"type": "appAvailabilities", "id": "av1"}))
        if "/metrics/" in request.url.path:
            return httpx.Response(200, json={"data": [], "links": {"self": "x"}})
        if request.url.path.endswith("/builds"):
            return httpx.Response(200, json=document([{"type": "builds", "id": "b1"}]))
        return httpx.Response(200, json=document(app("1")))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._answer(request)

    def sync(self) -> AppStoreConnect:
        return AppStoreConnect(None, base_url=BASE_URL, transport=httpx.MockTransport(self.handle))

    def async_(self) -> AsyncAppStoreConnect:
        return AsyncAppStoreConnect(None, base_url=BASE_URL, transport=httpx.MockTransport(self.handle))

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)
