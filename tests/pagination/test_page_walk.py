"""The I/O-free walk: next-page decisions, stop reasons, URL normalisation, page size (Q1-Q5)."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import httpx
import pytest
from pagination_support import API

from app_store_connect._errors import (
    ConfigurationError,
    GatewayError,
    IncompleteListingError,
    ResponseFormatError,
    ServerError,
    network_error,
)
from app_store_connect._page import Page
from app_store_connect._pagination import (
    RECENT_PAGES,
    AsyncPaginator,
    Listing,
    PageWalk,
    Paginator,
    StopReason,
    limit_of,
    normalise,
    with_limit,
)
from app_store_connect_api.api.apps import apps_get_collection, apps_update_instance
from app_store_connect_api.api.in_app_purchases import in_app_purchases_v2_price_points_get_to_many_related
from app_store_connect_api.models.apps_response import AppsResponse

FIRST = httpx.URL(f"{API}/v1/apps?limit=2")


def page(count: int, next_url: str | None = None, *, total: int | None = None, limit: int = 2) -> Page:
    return Page(document=None, items=list(range(count)), next_url=next_url, total=total, limit=limit)


def next_link(n: int) -> str:
    return f"{API}/v1/apps?cursor=c{n}&limit=2"


def server_error(status: int) -> ServerError:
    return ServerError(status_code=status, method="GET", url=f"{API}/v1/apps")


# URL helpers


def test_q2_normalise_ignores_order_encoding_and_host() -> None:
    a = httpx.URL(f"{API}/v1/apps?cursor=Ag&limit=2&fields[apps]=name")
    b = httpx.URL("http://127.0.0.1:8000/v1/apps?fields%5Bapps%5D=name&limit=2&cursor=Ag")
    relative = httpx.URL("/v1/apps", params={"limit": 2, "cursor": "Ag", "fields[apps]": "name"})

    assert normalise(a) == normalise(b) == normalise(relative)
    assert normalise(a) != normalise(httpx.URL(f"{API}/v1/apps?cursor=Ah&limit=2&fields[apps]=name"))
    assert normalise(a) != normalise(httpx.URL(f"{API}/v1/apps?cursor=Ag&limit=3&fields[apps]=name"))


def test_q3_q5_with_limit_changes_only_the_limit_value() -> None:
    url = httpx.URL(f"{API}/v1/reviewSubmissions?cursor=Ag.AO&limit[items]=10&limit=200&include=items")
    encoded = httpx.URL(f"{API}/v1/x?limit%5Bitems%5D=10&limit=200")

    assert str(with_limit(url, 100)) == str(url).replace("&limit=200&", "&limit=100&")
    assert str(with_limit(encoded, 50)) == f"{API}/v1/x?limit%5Bitems%5D=10&limit=50"
    assert limit_of(url) == 200
    assert limit_of(httpx.URL(f"{API}/v1/x?limit[items]=10")) is None


# Stop rules


def test_a_walk_follows_next_links_until_one_is_missing() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1), total=5))
    assert walk.pending == httpx.URL(next_link(1))
    walk.accept(page(2, next_link(2), total=5))
    walk.accept(page(1, None, total=5))

    assert walk.pending is None
    assert walk.stop_reason is StopReason.NO_NEXT and not walk.stop_reason.is_guard
    assert (walk.items_seen, walk.pages_seen) == (5, 3)


def test_q1_an_empty_page_is_asked_again_then_an_empty_next_page_ends_the_walk() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1)))
    walk.accept(page(0, next_link(2)))
    assert walk.pending == httpx.URL(next_link(1))  # the same page again: it may have been transient
    walk.accept(page(0, next_link(2)))
    assert walk.pending == httpx.URL(next_link(2))  # still empty: one look at the page it links
    walk.accept(page(0, next_link(3)))

    assert walk.pending is None and walk.stop_reason is StopReason.EMPTY_PAGE
    assert (walk.items_seen, walk.pages_seen) == (2, 4)


def test_q1_a_transient_empty_page_gives_its_items_when_asked_again() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(0, next_link(1)))
    assert walk.pending == FIRST
    walk.accept(page(2, next_link(1)))
    walk.accept(page(1, None))

    assert walk.stop_reason is StopReason.NO_NEXT and walk.items_seen == 3


def test_q1_an_empty_page_before_more_items_is_passed() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(0, next_link(1)))
    walk.accept(page(0, next_link(1)))
    walk.accept(page(2, None))

    assert walk.stop_reason is StopReason.NO_NEXT and walk.items_seen == 2


def test_an_empty_first_page_without_next_is_an_empty_collection() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(0, None, total=0))

    assert walk.stop_reason is StopReason.NO_NEXT and walk.items_seen == 0


def test_q1_reaching_a_total_above_the_limit_asks_once_more_and_an_empty_page_ends_it() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1), total=3))
    walk.accept(page(1, next_link(2), total=3))
    assert walk.pending == httpx.URL(next_link(2)) and walk.stop_reason is None
    walk.accept(page(0, next_link(3), total=3))

    assert walk.pending is None and walk.stop_reason is StopReason.TOTAL_REACHED
    assert walk.pages_seen == 3  # one request past the total, no more


def test_q4_a_total_lower_than_the_items_is_ignored_once_items_follow(caplog: Any) -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1), total=3))
    walk.accept(page(2, next_link(2), total=3))  # the total is reached...
    walk.accept(page(2, next_link(3), total=3))  # ...and the next page still has items: it lied
    walk.accept(page(2, next_link(4), total=3))
    walk.accept(page(1, None, total=3))

    assert walk.stop_reason is StopReason.NO_NEXT and walk.items_seen == 9
    assert sum("ignored (Q4)" in r.getMessage() for r in caplog.records) == 1  # untrusted from then on


@pytest.mark.parametrize("total", [2, None])
def test_q4_a_total_equal_to_the_limit_or_missing_is_not_trusted(total: int | None) -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1), total=total))

    assert walk.pending == httpx.URL(next_link(1)) and walk.stop_reason is None


def test_q4_without_meta_paging_limit_the_requested_limit_counts() -> None:
    walk = PageWalk(FIRST)  # limit=2 in the URL
    walk.accept(Page(document=None, items=[1, 2], next_url=next_link(1), total=2))

    assert walk.stop_reason is None


def test_q2_a_next_link_back_to_the_first_page_stops(caplog: Any) -> None:
    first = httpx.URL("/v1/apps", params={"limit": 2})  # relative, as reports build it
    walk = PageWalk(first)
    walk.accept(page(2, f"{API}/v1/apps?limit=2", total=9))
    assert walk.pending == first  # asked again once: the link may have been a transient mistake
    walk.accept(page(2, f"{API}/v1/apps?limit=2", total=9))

    assert walk.stop_reason is StopReason.REPEATED_NEXT
    with pytest.raises(IncompleteListingError) as raised:
        _ = walk.pending
    assert raised.value.items_yielded == 2 and raised.value.reason is StopReason.REPEATED_NEXT
    assert [r.levelno for r in caplog.records if r.levelno >= logging.WARNING] == [logging.WARNING]


def test_q2_a_repeated_link_that_is_fresh_when_asked_again_goes_on() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, next_link(1)))
    walk.accept(page(2, next_link(1)))  # page 1 links itself
    walk.accept(page(2, next_link(2)))  # asked again: a fresh link; its items were yielded already
    walk.accept(page(1, None))

    assert walk.stop_reason is StopReason.NO_NEXT and walk.items_seen == 5


def test_q3_the_next_link_is_kept_as_given() -> None:
    link = f"{API}/v1/reviewSubmissions?cursor=Ag&filter[app]=1&limit[items]=10&limit=2"
    walk = PageWalk(FIRST)
    walk.accept(page(2, link))

    assert str(walk.pending) == link


def test_user_limits_are_not_guards(caplog: Any) -> None:
    by_items = PageWalk(FIRST, max_items=3)
    kept = [len(by_items.accept(page(2, next_link(1)))), len(by_items.accept(page(2, next_link(2))))]
    by_pages = PageWalk(FIRST, max_pages=1)
    by_pages.accept(page(2, next_link(1)))

    assert kept == [2, 1] and by_items.items_seen == 3
    assert by_items.stop_reason is StopReason.MAX_ITEMS and by_pages.stop_reason is StopReason.MAX_PAGES
    assert not by_items.stop_reason.is_guard and not by_pages.stop_reason.is_guard
    assert caplog.records == []


def test_max_items_met_exactly_on_the_last_page_is_the_natural_end() -> None:
    walk = PageWalk(FIRST, max_items=2)
    walk.accept(page(2, None))

    assert walk.stop_reason is StopReason.NO_NEXT


@pytest.mark.parametrize("limits", [{"max_items": 0}, {"max_pages": -1}])
def test_limits_below_one_are_refused(limits: dict[str, int]) -> None:
    with pytest.raises(ConfigurationError):
        PageWalk(FIRST, **limits)


def test_a_stopped_walk_accepts_no_page() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(1, None))

    with pytest.raises(RuntimeError):
        walk.accept(page(1, None))


# Q5: smaller pages after a timeout


@pytest.mark.parametrize(
    ("error", "shrinks"),
    [
        (httpx.ReadTimeout("slow"), True),
        (server_error(504), True),
        (GatewayError(status_code=504, method="GET", url=API), True),
        (httpx.ConnectTimeout("down"), False),
        (httpx.PoolTimeout("busy"), False),
        (server_error(500), False),
    ],
)
def test_q5_only_a_slow_page_shrinks(error: Exception, shrinks: bool) -> None:
    walk = PageWalk(httpx.URL(f"{API}/v1/apps?limit=200"))

    assert walk.shrink(error) is shrinks
    assert limit_of(walk.pending or FIRST) == (100 if shrinks else 200)


@pytest.mark.parametrize(("start", "then"), [("25", 12), ("12", 10), ("10", None), ("x", None)])
def test_q5_halving_stops_at_the_smallest_limit(start: str, then: int | None) -> None:
    walk = PageWalk(httpx.URL(f"{API}/v1/apps?limit={start}"))

    assert walk.shrink(httpx.ReadTimeout("slow")) is (then is not None)
    if then is not None:
        assert limit_of(walk.pending or FIRST) == then


def test_q5_a_url_without_limit_does_not_shrink() -> None:
    assert PageWalk(httpx.URL(f"{API}/v1/apps")).shrink(httpx.ReadTimeout("slow")) is False


# Listings of generated endpoints


def test_default_page_size_is_the_largest_the_spec_allows() -> None:
    apps = Listing.of(apps_get_collection, {}, client=None)
    points = Listing.of(in_app_purchases_v2_price_points_get_to_many_related, {"id": "1"}, client=None)
    chosen = Listing.of(apps_get_collection, {"limit": 5, "filter_bundle_id": ["a", "b"]}, client=None)

    assert str(apps.first_url) == "/v1/apps?limit=200"
    assert str(points.first_url) == "/v2/inAppPurchases/1/pricePoints?limit=8000"
    assert chosen.first_url.params["limit"] == "5"
    assert chosen.first_url.params["filter[bundleId]"] == "a,b"


def test_only_reads_paginate() -> None:
    with pytest.raises(ConfigurationError, match="only GET collections"):
        Listing.of(apps_update_instance, {"id": "1", "body": None}, client=None)


def test_a_listing_reads_pages_with_the_endpoints_model() -> None:
    listing = Listing.of(apps_get_collection, {}, client=None)
    document = {
        "data": [{"type": "apps", "id": "1"}],
        "links": {"self": f"{API}/v1/apps", "next": None},  # S2: null where the spec says string
        "meta": {"paging": {"limit": 200}},
    }

    read = listing.parse(httpx.Response(200, json=document))

    assert isinstance(read.document, AppsResponse)
    assert [app.id for app in read] == ["1"]
    assert (read.next_url, read.total, read.limit) == (None, None, 200)


def test_a_raw_page_reads_the_same_fields() -> None:
    read = Page.from_json(
        {
            "data": [{"id": "1"}],
            "links": {"next": f"{API}/v1/x?cursor=A"},
            "meta": {"paging": {"total": 9, "limit": 1}},
            "included": [{"type": "t", "id": "2"}],
        }
    )

    assert (len(read), read.next_url, read.total, read.limit) == (1, f"{API}/v1/x?cursor=A", 9, 1)
    assert read.included == [{"type": "t", "id": "2"}]


# Guards that may lose items, item identity, allow_partial (issue: never end short silently)


def apps(*numbers: int) -> list[dict[str, str]]:
    return [{"type": "apps", "id": str(n)} for n in numbers]


def app_page(numbers: list[int], next_url: str | None, **paging: int) -> Page:
    return Page(document=None, items=apps(*numbers), next_url=next_url, **paging)


def test_the_same_items_under_a_new_cursor_stop_the_walk_and_raise() -> None:
    walk = PageWalk(FIRST)
    walk.accept(app_page([1, 2], next_link(1)))
    kept = walk.accept(app_page([1, 2], next_link(2)))

    assert list(kept) == [] and walk.stop_reason is StopReason.REPEATED_ITEMS
    with pytest.raises(IncompleteListingError, match="only items already yielded") as raised:
        _ = walk.pending
    assert raised.value.items_yielded == 2


def test_an_item_seen_before_is_never_yielded_twice() -> None:
    walk = PageWalk(FIRST)
    walk.accept(app_page([1, 2], next_link(1)))
    kept = walk.accept(app_page([2, 3], None))  # offsets drifted by one

    assert [item["id"] for item in kept] == ["3"] and walk.items_seen == 3


def test_a_next_link_to_another_origin_is_not_followed() -> None:
    walk = PageWalk(FIRST)
    walk.accept(page(2, "https://elsewhere.example.test/v1/apps?cursor=c1&limit=2"))

    assert walk.stop_reason is StopReason.FOREIGN_NEXT and walk.stop_reason.may_lose_items
    with pytest.raises(IncompleteListingError, match="another origin"):
        _ = walk.pending


def test_a_relative_first_url_takes_the_origin_it_is_given() -> None:
    walk = PageWalk(httpx.URL("/v1/apps?limit=2"), api_url=httpx.URL(API))
    walk.accept(
        page(2, "http://api.appstoreconnect.apple.com/v1/apps?cursor=c1&limit=2")
    )  # http: another origin

    assert walk.stop_reason is StopReason.FOREIGN_NEXT
    relative = PageWalk(httpx.URL("/v1/apps?limit=2"), api_url=httpx.URL(API))
    relative.accept(page(2, "/v1/apps?cursor=c1&limit=2"))
    assert relative.pending == httpx.URL("/v1/apps?cursor=c1&limit=2")


def test_allow_partial_ends_quietly_and_keeps_the_reason() -> None:
    walk = PageWalk(FIRST, allow_partial=True)
    walk.accept(page(2, str(FIRST)))
    walk.accept(page(2, str(FIRST)))

    assert walk.pending is None and walk.stop_reason is StopReason.REPEATED_NEXT
    assert "also when asked again (Q2)" in (walk.stop_message or "")


@pytest.mark.parametrize("reason", list(StopReason))
def test_only_the_stops_that_may_lose_items_raise(reason: StopReason) -> None:
    may_lose = {StopReason.REPEATED_NEXT, StopReason.REPEATED_ITEMS, StopReason.FOREIGN_NEXT}
    caller = {StopReason.NO_NEXT, StopReason.MAX_ITEMS, StopReason.MAX_PAGES}

    assert reason.may_lose_items is (reason in may_lose)
    assert reason.is_guard is (reason not in caller)


def test_q2_a_repeated_link_after_a_q5_shrink_is_asked_again_then_raises() -> None:
    walk = PageWalk(httpx.URL(f"{API}/v1/apps?limit=200"))
    assert walk.shrink(httpx.ReadTimeout("slow"))
    smaller = walk.pending
    walk.accept(page(2, str(smaller), limit=100))  # the smaller page links itself
    assert walk.pending == smaller
    walk.accept(page(2, str(smaller), limit=100))

    assert walk.stop_reason is StopReason.REPEATED_NEXT
    with pytest.raises(IncompleteListingError):
        _ = walk.pending


def test_q5_a_request_timeout_error_shrinks_only_for_a_read_timeout() -> None:
    request = httpx.Request("GET", f"{API}/v1/apps?limit=200")
    read = network_error(httpx.ReadTimeout("slow"), request)
    connect = network_error(httpx.ConnectTimeout("down"), request)
    read.__cause__, connect.__cause__ = httpx.ReadTimeout("slow"), httpx.ConnectTimeout("down")

    assert PageWalk(request.url).shrink(read) is True
    assert PageWalk(request.url).shrink(connect) is False
    stopped = PageWalk(FIRST)
    stopped.accept(page(1, None))
    assert stopped.shrink(read) is False


def test_max_items_reached_exactly_at_a_page_end_with_a_next_link_fetches_nothing_more() -> None:
    walk = PageWalk(FIRST, max_items=4)
    walk.accept(page(2, next_link(1)))
    walk.accept(page(2, next_link(2)))

    assert walk.pending is None and walk.stop_reason is StopReason.MAX_ITEMS and walk.pages_seen == 2


def test_stop_messages_say_what_happened() -> None:
    walk = PageWalk(FIRST, max_pages=1)
    walk.accept(page(2, f"{next_link(1)}&X-Amz-Signature=secretsecret"))
    total = PageWalk(FIRST)
    total.accept(page(2, next_link(1), total=3))
    total.accept(page(1, next_link(2), total=3))
    total.accept(page(0, next_link(3), total=3))

    assert walk.stop_message == "max_pages=1 reached with more pages linked: 2 items in 1 pages"
    assert (
        total.stop_message
        == "meta.paging.total 3 reached, and the page after it was empty (Q1): 3 items in 3 pages"
    )
    repeated = PageWalk(FIRST)
    repeated.accept(page(2, f"{FIRST}&sig=secretsecret"))
    repeated.accept(page(2, f"{FIRST}&sig=secretsecret"))
    assert "secretsecret" not in (repeated.stop_message or "")  # links are shown without their query (Q13)


# The paginators: fetch, read, raise


def test_a_paginator_re_raises_an_error_it_cannot_recover_from() -> None:
    calls: list[httpx.URL] = []

    def fetch(url: httpx.URL) -> httpx.Response:
        calls.append(url)
        raise server_error(500)

    paginator: Paginator[Any] = Paginator(fetch, Listing(FIRST, lambda response: page(1, None)))
    with pytest.raises(ServerError):
        list(paginator)
    assert calls == [FIRST]  # not asked again: the transport already retried


def test_a_listing_turns_a_body_that_is_not_a_page_into_a_response_format_error() -> None:
    listing = Listing.of(apps_get_collection, {}, client=None)
    request = httpx.Request("GET", f"{API}/v1/apps")
    for body in (b"<html>down</html>", b"", b'{"links": {}}', b"[]"):
        with pytest.raises(ResponseFormatError):
            listing.read(httpx.Response(200, content=body, request=request))
    raw = Listing.of_url("/v1/apps", base_url=API)
    with pytest.raises(ResponseFormatError, match="no `data` list"):
        raw.read(httpx.Response(200, json={"data": {"id": "1"}}, request=request))
    assert list(raw.read(httpx.Response(200, json={"data": [{"id": "1"}]}, request=request))) == [{"id": "1"}]


@pytest.mark.parametrize("url", ["v1/apps", "https://elsewhere.example.test/v1/apps"])
def test_a_url_listing_is_refused_off_the_api(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Listing.of_url(url, base_url=API)


def test_a_listing_of_an_endpoint_with_path_ids_and_its_base_url() -> None:
    listing = Listing.of(
        in_app_purchases_v2_price_points_get_to_many_related,
        {"limit": 3},
        client=None,
        path_ids=["7"],
        base_url=API,
    )

    assert str(listing.first_url) == "/v2/inAppPurchases/7/pricePoints?limit=3"
    assert listing.api_url == httpx.URL(API)


def test_asking_again_is_logged_with_the_reason(caplog: Any) -> None:
    walk = PageWalk(FIRST)
    with caplog.at_level(logging.INFO, logger="app_store_connect.pagination"):
        walk.accept(page(0, next_link(1)))

    assert [r.getMessage() for r in caplog.records] == [
        f"pagination: asking for the same empty page again ({API}/v1/apps)"
    ]


def test_related_resolves_items_of_the_page_being_iterated() -> None:
    document = {
        "data": [
            {"type": "builds", "id": "b1", "relationships": {"app": {"data": {"type": "apps", "id": "1"}}}}
        ],
        "included": [{"type": "apps", "id": "1", "attributes": {"name": "Trailhead"}}],
        "links": {"self": "x"},
    }
    request = httpx.Request("GET", f"{API}/v1/apps/1/builds")
    listing = Listing.of_url("/v1/apps/1/builds", base_url=API)
    paginator: Paginator[dict[str, Any]] = Paginator(
        lambda url: httpx.Response(200, json=document, request=request), listing
    )

    with pytest.raises(ConfigurationError):
        paginator.related(document["data"][0], "app")  # before the walk
    names = [paginator.related(build, "app")["attributes"]["name"] for build in paginator]

    assert names == ["Trailhead"]
    assert (paginator.items_seen, paginator.pages_seen, paginator.stop_reason) == (1, 1, StopReason.NO_NEXT)
    assert paginator.stop_message == "the last page had no next link: 1 items in 1 pages"
    with pytest.raises(ConfigurationError, match="inside the loop"):
        paginator.related(document["data"][0], "app")  # after it


def test_q4_a_total_equal_to_the_limit_is_not_a_reason_to_stop_at_an_empty_page() -> None:
    for walk, first in ((PageWalk(FIRST), page(2, next_link(1), total=2, limit=2)), (PageWalk(FIRST), None)):
        walk.accept(first or Page(document=None, items=[1, 2], next_url=next_link(1), total=2))  # URL limit=2
        walk.accept(Page(document=None, items=[], next_url=next_link(2), total=2))

        assert walk.stop_reason is None and walk.pending == httpx.URL(next_link(1))  # asked again, not ended


def test_q1_a_total_without_any_limit_is_trusted_once_reached() -> None:
    walk = PageWalk(httpx.URL(f"{API}/v1/apps"))
    walk.accept(Page(document=None, items=[1], next_url=f"{API}/v1/apps?cursor=c1", total=1))
    walk.accept(Page(document=None, items=[], next_url=f"{API}/v1/apps?cursor=c2", total=1))

    assert walk.stop_reason is StopReason.TOTAL_REACHED


def test_q5_the_shrink_is_logged_with_the_page_number(caplog: Any) -> None:
    walk = PageWalk(httpx.URL(f"{API}/v1/apps?limit=200"))
    walk.accept(page(2, f"{API}/v1/apps?cursor=c1&limit=200"))
    walk.shrink(httpx.ReadTimeout("slow"))

    assert caplog.records[-1].getMessage() == (
        "page 2 timed out with limit=200 (ReadTimeout); asking for the same position with limit=100 (Q5)"
    )


def test_q2_a_blank_parameter_is_part_of_what_identifies_a_page() -> None:
    assert normalise(httpx.URL(f"{API}/v1/apps?filter[name]=&limit=2")) != normalise(FIRST)


def test_the_messages_of_the_stops_that_may_lose_items_show_the_link() -> None:
    walk = PageWalk(FIRST)
    walk.accept(app_page([1], next_link(1)))
    walk.accept(app_page([1], f"{next_link(2)}&X-Amz-Signature=secretsecret"))

    assert walk.stop_message == (
        f"page 2 held only items already yielded, under a new next link {API}/v1/apps: 1 items in 2 pages"
    )


def test_a_listing_is_a_frozen_value() -> None:
    listing = Listing.of_url("/v1/apps", base_url=API)
    with pytest.raises(dataclasses.FrozenInstanceError):
        listing.first_url = FIRST  # type: ignore[misc]


def repeating(url: httpx.URL) -> httpx.Response:
    document = {"data": [{"type": "apps", "id": "1"}], "links": {"next": str(FIRST)}}
    return httpx.Response(200, json=document, request=httpx.Request("GET", url))


def test_paginators_raise_on_a_possible_loss_unless_told_otherwise() -> None:
    listing = Listing.of_url(FIRST, base_url=API)

    with pytest.raises(IncompleteListingError):
        list(Paginator(repeating, listing))
    assert [app["id"] for app in Paginator(repeating, listing, allow_partial=True)] == ["1"]


@pytest.mark.anyio
async def test_async_paginators_raise_on_a_possible_loss_unless_told_otherwise() -> None:
    async def fetch(url: httpx.URL) -> httpx.Response:
        return repeating(url)

    listing = Listing.of_url(FIRST, base_url=API)
    with pytest.raises(IncompleteListingError):
        [app async for app in AsyncPaginator(fetch, listing)]
    assert [app["id"] async for app in AsyncPaginator(fetch, listing, allow_partial=True)] == ["1"]


def test_items_cycling_over_recent_pages_under_new_cursors_stop_the_walk() -> None:
    walk = PageWalk(FIRST)
    walk.accept(app_page([1, 2], next_link(1)))
    walk.accept(app_page([3, 4], next_link(2)))
    walk.accept(app_page([1, 2], next_link(3)))  # the first page again, two pages later

    assert walk.stop_reason is StopReason.REPEATED_ITEMS and walk.items_seen == 4


def test_items_are_compared_with_a_bounded_window_of_recent_pages() -> None:
    assert RECENT_PAGES == 8
    within, beyond = PageWalk(FIRST), PageWalk(FIRST)
    for walk, pages in ((within, 8), (beyond, 9)):
        for number in range(pages):
            walk.accept(app_page([number], next_link(number + 1)))
        walk.accept(app_page([0, 100], None))

    assert within.items_seen == 8 + 1  # app 0 was within the window: not yielded again
    assert beyond.items_seen == 9 + 2  # beyond it: memory is bounded, so it is not remembered
