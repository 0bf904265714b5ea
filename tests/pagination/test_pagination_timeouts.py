"""Q5: a page that times out is asked again with a smaller `limit`, at the same position.

A timeout cannot be a cassette: an `httpx.MockTransport` serves a 223-item collection and fails the
requests a rule picks, sync and async. No test waits: retries use a sleep that returns at once.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from pagination_support import API, Wire, client, ids, items

from app_store_connect._errors import RequestTimeoutError
from app_store_connect._pagination import StopReason
from app_store_connect._retry import RetryPolicy
from app_store_connect_api.api.apps import apps_in_app_purchases_v2_get_to_many_related

pytestmark = pytest.mark.anyio

APP = "1500000001"
IAPS = f"{API}/v1/apps/{APP}/inAppPurchasesV2"
COUNT = 223
INCLUDE = {"include": ["inAppPurchaseLocalizations"], "limit_in_app_purchase_localizations": 5}


def cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": str(offset)}).encode()).decode().rstrip("=")


def serve(slow: Callable[[httpx.Request, int], bool], fault: str = "timeout") -> Wire:
    """A wire serving COUNT in-app purchases like Apple (next links keep every parameter but the
    cursor), failing each request `slow(request, limit)` picks with a read timeout or a 504 page."""

    def handle(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        limit = int(params["limit"])
        if slow(request, limit):
            if fault == "timeout":
                raise httpx.ReadTimeout("timed out", request=request)
            return httpx.Response(504, html="<html><h1>504 Gateway Time-out</h1></html>")
        offset = json.loads(base64.urlsafe_b64decode(params["cursor"] + "==")) if "cursor" in params else None
        start = int(offset["offset"]) if offset else 0
        data = [
            {"type": "inAppPurchases", "id": f"67400{n:05d}", "attributes": {"name": f"Gem pack {n}"}}
            for n in range(start + 1, min(start + limit, COUNT) + 1)
        ]
        links = {"self": str(request.url)}
        if start + limit < COUNT:
            rest = [(name, value) for name, value in params.multi_items() if name != "cursor"]
            links["next"] = f"{IAPS}?{urlencode([('cursor', cursor(start + limit)), *rest])}"
        meta = {"paging": {"total": COUNT, "limit": limit}}
        return httpx.Response(200, json={"data": data, "links": links, "meta": meta})

    return Wire(handle)


def limits(wire: Wire) -> list[str]:
    return [httpx.URL(url).params["limit"] for url in wire.urls]


async def test_q5_a_later_page_that_times_out_is_asked_again_smaller(client_kind: str, caplog: Any) -> None:
    wire = serve(lambda request, limit: limit > 100 and "cursor" in request.url.params)
    asc = client(client_kind, transport=wire)  # the default policy: 4 attempts per request

    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP, **INCLUDE)
    found = await items(paginator)

    assert ids(found) == [f"67400{n:05d}" for n in range(1, COUNT + 1)]  # each exactly once, in order
    slow_page = wire.urls[1]
    assert wire.urls[1:5] == [slow_page] * 4  # the transport's retries of the same request
    # Only the value of `limit` changed: the cursor (the position) and `limit[...]` are kept (Q3).
    assert wire.urls[5] == slow_page.replace("&limit=200&", "&limit=100&")
    assert "limit%5BinAppPurchaseLocalizations%5D=5" in wire.urls[5]
    assert limits(wire) == ["200", "200", "200", "200", "200", "100"]
    assert paginator.stop_reason is StopReason.NO_NEXT
    assert any("(Q5)" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


@pytest.mark.parametrize("fault", ["timeout", "gateway 504"])
async def test_q5_the_first_page_shrinks_too(client_kind: str, fault: str) -> None:
    wire = serve(lambda request, limit: limit > 50, fault)
    asc = client(client_kind, transport=wire, retry=RetryPolicy.disabled())

    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP)
    found = await items(paginator)

    assert len(found) == COUNT and len(set(ids(found))) == COUNT
    assert limits(wire) == ["200", "100", "50", "50", "50", "50", "50"]
    assert wire.urls[1] == f"{IAPS}?limit=100"
    assert paginator.stop_reason is StopReason.NO_NEXT


async def test_q5_a_page_still_timing_out_at_the_smallest_limit_raises(client_kind: str) -> None:
    wire = serve(lambda request, limit: True)
    asc = client(client_kind, transport=wire, retry=RetryPolicy.disabled())
    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP)

    with pytest.raises(RequestTimeoutError) as raised:
        await items(paginator)

    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert limits(wire) == ["200", "100", "50", "25", "12", "10"]
    assert paginator.stop_reason is None and paginator.items_seen == 0


async def test_a_connect_timeout_is_not_a_slow_page(client_kind: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no connection", request=request)

    asc = client(client_kind, transport=Wire(refuse), retry=RetryPolicy.disabled())

    with pytest.raises(RequestTimeoutError) as raised:
        await items(asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP))

    assert isinstance(raised.value.__cause__, httpx.ConnectTimeout)
