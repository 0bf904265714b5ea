"""Faults on a middle page of a 100-item walk, and each pagination guard (Q1, Q2, Q4): 0 items lost
silently, 0 yielded twice. A walk ends normally only with all 100 items; otherwise it raises an error
of the tree, and the items before it are exactly the first ones, in order."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fault_server import Behaviour, FaultServer, Reply, Seen
from test_fault_matrix import BODY_FAULTS, FAULTS, JSON, RATE_LIMITED, scripted

from app_store_connect import AppStoreConnectError, IncompleteListingError, StopReason
from app_store_connect_api.api.bundle_ids import bundle_ids_get_collection

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]

COUNT, LIMIT, MIDDLE = 100, 10, 40  # ten pages; the fault hits the fifth
PATH = "/v1/bundleIds"


def item(n: int) -> dict[str, Any]:
    return {"type": "bundleIds", "id": f"B{n:03d}", "attributes": {"name": f"App {n}"}}


def page(
    base: str, offset: int, *, items: range | None = None, next_offset: int | None = None, **meta: Any
) -> Reply:
    """The page at `offset`, linking the next one on `base` (the API) as Apple does."""
    shown = range(offset, min(offset + LIMIT, COUNT)) if items is None else items
    following = offset + LIMIT if next_offset is None else next_offset
    links = {"self": f"{base}{PATH}?cursor={offset}&limit={LIMIT}"}
    if following < COUNT or (items is not None and next_offset is not None):
        links["next"] = f"{base}{PATH}?cursor={following}&limit={LIMIT}"
    paging = {"total": COUNT, "limit": LIMIT, **meta}
    document = {"data": [item(n) for n in shown], "links": links, "meta": {"paging": paging}}
    return Reply(200, json.dumps(document).encode(), JSON)


def offset_of(seen: Seen) -> int:
    return int(parse_qs(urlsplit(seen.target).query).get("cursor", ["0"])[0])


def serving(
    api: FaultServer, at_middle: Callable[[Seen, int], Behaviour | None]
) -> Callable[[Seen], Behaviour]:
    """Pages of the collection; `at_middle(seen, times)` may answer the middle page instead."""
    asked: list[int] = []

    def answer(seen: Seen) -> Behaviour:
        offset = offset_of(seen)
        asked.append(offset)
        special = at_middle(seen, asked.count(offset)) if offset == MIDDLE else None
        return special or page(api.url, offset)

    return answer


async def walk(asc: Any, yielded: list[str], **options: Any) -> Any:
    paginator = asc.paginate(bundle_ids_get_collection, limit=LIMIT, **options)
    if hasattr(paginator, "__aiter__"):
        async for found in paginator:
            yielded.append(found.id)
    else:
        yielded.extend(found.id for found in paginator)
    return paginator


async def outcome(asc: Any, **options: Any) -> tuple[list[str], Exception | None]:
    yielded: list[str] = []
    try:
        await walk(asc, yielded, **options)
    except Exception as error:
        return yielded, error
    return yielded, None


def assert_nothing_lost_silently(yielded: list[str], error: Exception | None) -> None:
    every = [item(n)["id"] for n in range(COUNT)]
    assert len(set(yielded)) == len(yielded), "an item was yielded twice"
    if error is None:
        assert yielded == every, f"the walk ended normally with {len(yielded)} of {COUNT} items"
    else:
        assert isinstance(error, AppStoreConnectError), f"outside the error tree: {error!r}"
        assert yielded == every[: len(yielded)]


@pytest.mark.parametrize("persistent", [False, True], ids=["transient", "persistent"])
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_fault_on_a_middle_page_loses_nothing_silently(
    asc: Any, api: FaultServer, other: FaultServer, fault: str, persistent: bool
) -> None:
    behaviour = FAULTS[fault]
    if fault == "307 to another host":  # a mirror that serves the page, next links back on the API
        behaviour = Reply(307, headers=(("Location", f"{other.url}{PATH}?cursor={MIDDLE}&limit={LIMIT}"),))
        other.reset(lambda seen: page(api.url, offset_of(seen)))
    fault_once = scripted(behaviour, Reply(204), persistent)
    api.reset(
        serving(api, lambda seen, times: behaviour if persistent or fault_once(seen) is behaviour else None)
    )

    yielded, error = await outcome(asc)

    assert_nothing_lost_silently(yielded, error)
    recovers = fault == "307 to another host" or (fault not in BODY_FAULTS and not persistent)
    assert (error is None) is recovers, repr(error)
    if persistent and fault not in RATE_LIMITED | BODY_FAULTS | {"307 to another host"}:
        assert len(yielded) == MIDDLE  # the pages before the fault, then the error
    assert all("authorization" not in seen.headers for seen in other.seen)


def empty_once(api: FaultServer) -> Callable[[Seen, int], Behaviour | None]:
    return lambda seen, times: (
        page(api.url, MIDDLE, items=range(0), next_offset=MIDDLE + LIMIT) if times == 1 else None
    )


def repeated_next(api: FaultServer, always: bool) -> Callable[[Seen, int], Behaviour | None]:
    def answer(seen: Seen, times: int) -> Behaviour | None:
        if always or times == 1:
            return page(api.url, MIDDLE, items=range(MIDDLE, MIDDLE + LIMIT), next_offset=MIDDLE - LIMIT)
        return None

    return answer


# Each guard's misbehaviour on the middle page, and how the walk must end: complete, or this reason.
GUARDS: dict[str, tuple[Callable[[FaultServer, FaultServer], Any], StopReason | None]] = {
    "transient empty page (Q1)": (lambda api, other: serving(api, empty_once(api)), None),
    "next repeated once (Q2)": (lambda api, other: serving(api, repeated_next(api, False)), None),
    "next always repeated (Q2)": (
        lambda api, other: serving(api, repeated_next(api, True)),
        StopReason.REPEATED_NEXT,
    ),
    "total lower than the count (Q4)": (
        lambda api, other: lambda seen: _low_total(api, offset_of(seen)),
        None,
    ),
    "same items under new cursors": (
        lambda api, other: lambda seen: _same_items(api, offset_of(seen)),
        StopReason.REPEATED_ITEMS,
    ),
    "next on another origin": (
        lambda api, other: serving(api, lambda seen, times: page(other.url, MIDDLE)),
        StopReason.FOREIGN_NEXT,
    ),
    "empty pages forever after the end (Q1)": (
        lambda api, other: lambda seen: _endless(api, offset_of(seen)),
        None,
    ),
}


def _low_total(api: FaultServer, offset: int) -> Reply:
    return page(api.url, offset, total=MIDDLE)  # Apple's total can be below the real count


def _same_items(api: FaultServer, offset: int) -> Reply:
    start = min(offset, MIDDLE - LIMIT)  # from the middle on: the previous page's items, new cursors
    document = json.loads(page(api.url, offset, items=range(start, start + LIMIT)).body)
    del document["meta"]["paging"]["total"]
    return Reply(200, json.dumps(document).encode(), JSON)


def _endless(api: FaultServer, offset: int) -> Reply:
    if offset < COUNT:
        return (
            page(api.url, offset, next_offset=offset + LIMIT)
            if offset + LIMIT >= COUNT
            else page(api.url, offset)
        )
    return page(api.url, offset, items=range(0), next_offset=offset + LIMIT)


@pytest.mark.parametrize("guard", list(GUARDS))
async def test_each_guard_loses_nothing_silently(
    asc: Any, api: FaultServer, other: FaultServer, guard: str
) -> None:
    script, reason = GUARDS[guard]
    api.reset(script(api, other))
    other.reset(lambda seen: page(other.url, offset_of(seen)))

    yielded, error = await outcome(asc)

    assert_nothing_lost_silently(yielded, error)
    if reason is None:
        assert error is None
    else:
        assert isinstance(error, IncompleteListingError) and error.reason is reason
        assert error.items_yielded == len(yielded)
    assert other.seen == []  # a foreign next link is never followed
    assert len(api.seen) <= COUNT // LIMIT + 3  # at most a few requests asking again, never a runaway walk


async def test_allow_partial_ends_quietly_with_the_reason(
    asc: Any, api: FaultServer, other: FaultServer
) -> None:
    api.reset(serving(api, repeated_next(api, True)))

    yielded: list[str] = []
    paginator = await walk(asc, yielded, allow_partial=True)

    assert len(yielded) == MIDDLE + LIMIT == paginator.items_seen
    assert paginator.stop_reason is StopReason.REPEATED_NEXT
