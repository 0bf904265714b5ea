"""Constant memory: while the next page is fetched, nothing of the previous one is held.

The cyclic GC is off during the walk, so only what is really released counts: a generator local
holding the previous page, or httpx's response/stream reference cycle, fails this test.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pagination_support import API, client

from app_store_connect._pagination import AsyncPaginator, Paginator
from app_store_connect_api.api.apps import apps_get_collection

pytestmark = pytest.mark.anyio

PAGES = 4


class Server(httpx.MockTransport):
    """Serves PAGES pages of two apps; at each request, counts what of earlier pages is still alive."""

    def __init__(self) -> None:
        self.items: list[weakref.ref[Any]] = []  # every item the walk yielded
        self.responses: list[weakref.ref[httpx.Response]] = []
        self.alive: list[tuple[int, int]] = []  # (items, responses) alive when each page was asked for
        super().__init__(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        alive = (sum(r() is not None for r in self.items), sum(r() is not None for r in self.responses))
        self.alive.append(alive)
        number = int(request.url.params.get("cursor", "0"))
        links = {"self": str(request.url)}
        if number + 1 < PAGES:
            links["next"] = f"{API}/v1/apps?cursor={number + 1}&limit=2"
        data = [{"type": "apps", "id": f"{number}-{n}"} for n in range(2)]
        response = httpx.Response(200, json={"data": data, "links": links})
        self.responses.append(weakref.ref(response))
        return response


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def walk(paginator: Paginator | AsyncPaginator, server: Server) -> None:
    if isinstance(paginator, Paginator):
        for item in paginator:
            server.items.append(weakref.ref(item))
    else:
        async for item in paginator:
            server.items.append(weakref.ref(item))


@pytest.mark.usefixtures("no_cyclic_gc")
async def test_the_next_page_is_fetched_with_nothing_of_the_previous_held(client_kind: str) -> None:
    server = Server()
    asc = client(client_kind, transport=server)

    await walk(asc.paginate(apps_get_collection, limit=2), server)

    # Only the item the caller's loop variable still holds; no earlier response.
    assert server.alive == [(0, 0)] + [(1, 0)] * (PAGES - 1)
    assert len(server.items) == 2 * PAGES
