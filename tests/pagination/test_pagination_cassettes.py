"""Paginators against reconstructed cassettes (VCR.py under httpx's real transports), sync and async.

Each test asserts the exact items, the exact requests and why the walk stopped (Q1-Q4).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pagination_support import API, Wire, ids, items, pages

from app_store_connect._errors import BadRequestError, IncompleteListingError, InvalidCursorError
from app_store_connect._pagination import StopReason
from app_store_connect_api.api.apps import apps_get_collection, apps_in_app_purchases_v2_get_to_many_related
from app_store_connect_api.api.in_app_purchases import in_app_purchases_v2_price_points_get_to_many_related
from app_store_connect_api.api.review_submissions import review_submissions_get_collection

pytestmark = [pytest.mark.anyio, pytest.mark.vcr]

APP = "1500000001"
IAPS = f"{API}/v1/apps/{APP}/inAppPurchasesV2"
CURSOR_200 = "eyJvZmZzZXQiOiIyMDAifQ"  # base64 {"offset":"200"}, the shape of Apple's cursors


def iap_ids(first: int, last: int) -> list[str]:
    return [f"67400{n:05d}" for n in range(first, last + 1)]


@pytest.mark.default_cassette("apps_three_pages.yaml")
async def test_three_pages_walk_to_the_natural_end(asc: Any, wire: Wire, caplog: Any) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2)

    found = await items(paginator)

    assert ids(found) == ["1500000001", "1500000002", "1500000003", "1500000004", "1500000005"]
    assert [app.attributes.name for app in found][:2] == ["Trailhead", "Basecamp"]
    assert wire.urls == [
        f"{API}/v1/apps?limit=2",
        f"{API}/v1/apps?cursor=Ag.AOKmLYA&limit=2",
        f"{API}/v1/apps?cursor=BA.AOKmLYE&limit=2",
    ]
    assert paginator.stop_reason is StopReason.NO_NEXT
    assert paginator.stop_message == "the last page had no next link: 5 items in 3 pages"
    assert (paginator.items_seen, paginator.pages_seen) == (5, 3)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.default_cassette("apps_three_pages.yaml")
@pytest.mark.vcr(allow_playback_repeats=True)
async def test_pages_are_iterable_and_each_iteration_walks_again(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2)

    first = await pages(paginator)
    again = await pages(paginator)

    assert [len(page) for page in first] == [2, 2, 1]
    assert [ids(list(page)) for page in first] == [ids(list(page)) for page in again]
    assert [page.total for page in first] == [5, 5, 5]
    assert first[-1].next_url is None
    assert len(wire.urls) == 6
    assert paginator.stop_reason is StopReason.NO_NEXT


@pytest.mark.default_cassette("apps_three_pages.yaml")
async def test_max_items_cuts_a_page_and_stops(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2, max_items=3)

    found = await items(paginator)

    assert ids(found) == ["1500000001", "1500000002", "1500000003"]
    assert len(wire.urls) == 2
    assert paginator.stop_reason is StopReason.MAX_ITEMS


@pytest.mark.default_cassette("apps_three_pages.yaml")
async def test_max_pages_stops_with_more_pages_linked(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2, max_pages=2)

    found = await items(paginator)

    assert ids(found) == ["1500000001", "1500000002", "1500000003", "1500000004"]
    assert len(wire.urls) == 2
    assert paginator.stop_reason is StopReason.MAX_PAGES


@pytest.mark.default_cassette("q1_iap_v2_empty_pages_after_total.yaml")
async def test_q1_iap_v2_stops_when_total_223_is_reached(asc: Any, wire: Wire, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="app_store_connect")
    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP)

    found = await items(paginator)

    assert ids(found) == iap_ids(1, 223)
    # The default page size is the spec's largest; one empty page after the total confirms the end,
    # the endless empty pages after it are never asked for.
    assert wire.urls == [
        f"{IAPS}?limit=200",
        f"{IAPS}?cursor={CURSOR_200}&limit=200",
        f"{IAPS}?cursor=eyJvZmZzZXQiOiI0MDAifQ&limit=200",
    ]
    assert paginator.stop_reason is StopReason.TOTAL_REACHED
    assert "meta.paging.total 223 reached" in (paginator.stop_message or "")
    # a complete listing is information, not a warning
    assert [r.levelname for r in caplog.records if "the listing is complete" in r.getMessage()] == ["INFO"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.default_cassette("q1_empty_page_without_total.yaml")
async def test_q1_empty_page_with_next_stops_without_a_total(asc: Any, wire: Wire, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="app_store_connect")
    paginator = asc.paginate(apps_in_app_purchases_v2_get_to_many_related, id=APP, limit=2)

    found = await items(paginator)

    assert ids(found) == iap_ids(1, 3)
    # the third page is the first empty one: asked again, then the page it links (empty too) ends it
    assert len(wire.urls) == 5 and wire.urls[2] == wire.urls[3]
    assert paginator.stop_reason is StopReason.EMPTY_PAGE
    assert paginator.stop_message == (
        "page 5 was empty, asked again, and the page it linked was empty too (Q1): 3 items in 5 pages"
    )
    complete = [r for r in caplog.records if "the listing is complete" in r.getMessage()]
    assert [r.levelname for r in complete] == ["INFO"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.default_cassette("q2_repeated_next_url.yaml")
async def test_q2_repeated_next_url_stops_the_walk(asc: Any, wire: Wire, caplog: Any) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2)
    found: list[Any] = []

    with pytest.raises(IncompleteListingError) as raised:
        await items(paginator, into=found)

    assert ids(found) == ["1500000001", "1500000002", "1500000003", "1500000004"]
    assert raised.value.items_yielded == 4 and raised.value.reason is StopReason.REPEATED_NEXT
    # page 2 linked to itself with its parameters in another order: the same request once normalised;
    # it is asked again once (no item yielded twice), then the walk raises rather than end short
    page_2 = f"{API}/v1/apps?cursor=Ag.AOKmLYA&limit=2"
    assert wire.urls == [f"{API}/v1/apps?limit=2", page_2, page_2]
    assert paginator.stop_reason is StopReason.REPEATED_NEXT
    assert paginator.stop_reason.is_guard
    assert any("(Q2)" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


@pytest.mark.default_cassette("q2_invalid_cursor_400.yaml")
async def test_q2_invalid_cursor_raises_after_the_pages_read(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(apps_get_collection, limit=2)
    found: list[Any] = []

    with pytest.raises(InvalidCursorError) as raised:
        await items(paginator, into=found)

    assert ids(found) == ["1500000001", "1500000002"]
    assert isinstance(raised.value, BadRequestError)
    assert raised.value.status_code == 400
    assert raised.value.errors[0].parameter == "cursor"
    assert "is not a valid cursor" in str(raised.value)
    assert "start it again" in str(raised.value)
    assert len(wire.urls) == 2
    assert paginator.stop_reason is None  # it did not stop: it failed


@pytest.mark.default_cassette("q3_next_keeps_limit_items.yaml")
async def test_q3_next_link_with_limit_items_is_followed_unchanged(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(
        review_submissions_get_collection, filter_app=[APP], include=["items"], limit=2, limit_items=10
    )

    walked = await pages(paginator)

    query = f"cursor=Ag.AOKmLYA&filter[app]={APP}&include=items&limit=2&limit[items]=10"
    next_link = f"{API}/v1/reviewSubmissions?{query}"
    assert walked[0].next_url == next_link
    assert wire.urls[1] == next_link  # byte for byte: not rebuilt, not re-encoded
    submissions = [submission for page in walked for submission in page]
    assert ids(submissions) == [
        "a1f0c6de-0001-4c1e-9a51-3d7e2f000001",
        "a1f0c6de-0002-4c1e-9a51-3d7e2f000002",
        "a1f0c6de-0003-4c1e-9a51-3d7e2f000003",
    ]
    assert paginator.stop_reason is StopReason.NO_NEXT
    # included resolution: one lookup per relationship, on the page that included them
    first, second = walked
    assert ids(first.related(submissions[0], "items")) == ["item-0001", "item-0002"]
    assert ids(first.related(submissions[1], "items")) == ["item-0003"]
    assert [item.attributes.state for item in second.related(submissions[2], "items")] == ["REJECTED"]


@pytest.mark.default_cassette("q4_total_equals_limit_without_next.yaml")
async def test_q4_total_equal_to_limit_without_next_is_the_end(asc: Any, wire: Wire) -> None:
    paginator = asc.paginate(
        in_app_purchases_v2_price_points_get_to_many_related,
        id="6740000001",
        filter_territory=["USA"],
        limit=3,
    )

    found = await items(paginator)

    assert [point.attributes.customer_price for point in found] == ["0.99", "1.99", "2.99"]
    assert len(wire.urls) == 1
    assert paginator.stop_reason is StopReason.NO_NEXT
