"""Pagination: one I/O-free `PageWalk` makes every decision (Q1-Q5); thin sync and async paginators drive it.

Retrying a failed request is the transport's job (`RetryPolicy`); a walk never repeats a request. After
the transport gave up on a page that timed out, the walk asks for the same position with a smaller
`limit` (Q5): a different request, and a bounded number of them.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qsl, unquote, urlencode

import httpx

from ._auth import origin
from ._errors import (
    BODY_PARSE_ERRORS,
    AppStoreConnectError,
    ConfigurationError,
    IncompleteListingError,
    RequestTimeoutError,
    ServerError,
    format_error,
)
from ._included import resource_identity
from ._operations import Operation, by_module
from ._page import Page
from ._redact import shown_url
from ._transport import LOGGER_NAME

if TYPE_CHECKING:
    from app_store_connect_api.types import Response

logger = logging.getLogger(f"{LOGGER_NAME}.pagination")

# Items are compared by (type, id) with those of this many recent pages: a repeat or an overlap after
# drifting offsets is caught, and memory stays bounded by the page size, not the listing's length.
RECENT_PAGES = 8
SMALLEST_LIMIT = 10  # Q5: a timed-out page is asked again with half the items, down to this many
# What may mean "this page is too slow" once the transport gave up; `PageWalk.shrink` decides.
SLOW_PAGE_ERRORS = (httpx.TimeoutException, RequestTimeoutError, ServerError)


class StopReason(enum.Enum):
    """Why a walk stopped."""

    NO_NEXT = "no next link"  # the natural end
    EMPTY_PAGE = "empty page with a next link"  # guard, Q1: asked again, and its next page was empty too
    TOTAL_REACHED = "meta.paging.total reached"  # guard, Q1 (Q4: only a total above the page limit)
    REPEATED_NEXT = "next link already fetched"  # guard, Q2: asked again, the link still repeats
    REPEATED_ITEMS = "a page of items already yielded"  # guard: the same items under a new cursor
    FOREIGN_NEXT = "next link to another origin"  # guard: never followed (the token is for the API)
    MAX_ITEMS = "max_items reached"  # the caller's limit
    MAX_PAGES = "max_pages reached"  # the caller's limit

    @property
    def is_guard(self) -> bool:
        """Whether a guard against a misbehaving API stopped the walk (logged: a warning where items
        may be missing, information where the evidence says the listing is complete)."""
        return self not in (StopReason.NO_NEXT, StopReason.MAX_ITEMS, StopReason.MAX_PAGES)

    @property
    def may_lose_items(self) -> bool:
        """Whether items may be missing after this stop (`IncompleteListingError` unless partial)."""
        return self in (StopReason.REPEATED_NEXT, StopReason.REPEATED_ITEMS, StopReason.FOREIGN_NEXT)


class _Probe(enum.Enum):
    """Why the pending request asks again instead of simply moving on (at most one of each in a row)."""

    EMPTY_AGAIN = "the same empty page again"  # a transient empty page gets its items the second time
    AFTER_EMPTY = "the next page after an empty one"  # empty too: the end (Q1); items: go on
    AFTER_TOTAL = "the next page after the total was reached"  # empty: the end (Q1); items: total lied
    REPEAT_AGAIN = "the page whose next link repeats, again"  # a fresh next link, or the link is bad (Q2)


class PageWalk:
    """The decisions of one walk through a collection, without I/O.

    Fetch `pending` (None once complete), then hand the page to `accept`, or a failure to `shrink`.
    The walk stops silently only when the evidence says the listing is complete; where items may be
    missing it asks again once, then `pending` raises `IncompleteListingError` (unless `allow_partial`).
    An item whose (type, id) came in the last `RECENT_PAGES` pages is not yielded again.
    """

    def __init__(
        self,
        first_url: httpx.URL,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        api_url: httpx.URL | None = None,
    ) -> None:
        """`api_url`: where the API is, when `first_url` is relative; next links elsewhere are refused."""
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and value < 1:
                raise ConfigurationError(f"{name} must be at least 1, or None for no limit; got {value}")
        self._pending: httpx.URL | None = first_url
        self.items_seen = 0
        self.pages_seen = 0
        self.stop_reason: StopReason | None = None
        self.stop_message: str | None = None
        self._max_items = max_items
        self._max_pages = max_pages
        self._allow_partial = allow_partial
        located = first_url if first_url.is_absolute_url else api_url
        self._origin = None if located is None else origin(located)
        self._fetched = {normalise(first_url)}  # Q2: grows by one short string per page
        self._recent: deque[set[int]] = deque(maxlen=RECENT_PAGES)  # hashes of (type, id) per page
        self._probe: _Probe | None = None
        self._total_trusted = True

    @property
    def pending(self) -> httpx.URL | None:
        """The URL to fetch next; None once the walk is complete.

        Raises `IncompleteListingError` once it stopped where items may be missing (unless the walk
        allows partial results): every driver checks `pending` after each page, so none can miss it.
        """
        if self._pending is None and self.stop_reason is not None and self._incomplete():
            raise IncompleteListingError(
                f"the listing may be incomplete: {self.stop_message}. Start it again, or pass "
                "allow_partial=True to accept the items read so far",
                items_yielded=self.items_seen,
                reason=self.stop_reason,
            )
        return self._pending

    def _incomplete(self) -> bool:
        return not self._allow_partial and self.stop_reason is not None and self.stop_reason.may_lose_items

    def accept(self, page: Page) -> Page:
        """Record the page fetched from `pending`; returns it with the items to yield, and moves on."""
        fetched = self._pending
        if fetched is None:
            raise RuntimeError("the walk has stopped: no page is pending")
        fresh, keys = self._new_items(page.items, again=self._probe is _Probe.REPEAT_AGAIN)
        room = None if self._max_items is None else self._max_items - self.items_seen
        kept_items = fresh if room is None else fresh[:room]
        self._recent.append(keys)
        self.pages_seen += 1
        self.items_seen += len(kept_items)
        kept = page if len(kept_items) == len(page.items) else replace(page, items=kept_items)
        probe, self._probe, self._pending = self._probe, None, None
        if len(kept_items) < len(fresh):
            self._stop(StopReason.MAX_ITEMS, page)
        else:
            self._move_on(page, fetched, probe, fresh=bool(fresh))
        return kept

    def _new_items(self, items: Sequence[Any], *, again: bool) -> tuple[list[Any], set[int]]:
        """The items not yielded from the recent pages, and the identities of all of them. An item
        without an identity is new, except on a page asked again (its items were yielded)."""
        recent = set().union(*self._recent)
        fresh: list[Any] = []
        keys: set[int] = set()
        for item in items:  # once per item of every listing: kept to one loop (issue 13)
            key = _key(item)
            if key is None:
                if not again:
                    fresh.append(item)
            else:
                keys.add(key)
                if key not in recent:
                    fresh.append(item)
        return fresh, keys

    def _move_on(self, page: Page, fetched: httpx.URL, probe: _Probe | None, *, fresh: bool) -> None:
        """Choose the next request, a probe, or the stop, after a page with its new items counted."""
        if page.next_url is None:
            return self._stop(StopReason.NO_NEXT, page)
        following = httpx.URL(page.next_url)  # Q3: exactly as given
        if self._origin is not None and following.is_absolute_url and origin(following) != self._origin:
            return self._stop(StopReason.FOREIGN_NEXT, page)
        if probe is _Probe.AFTER_TOTAL and page.items:
            logger.warning("meta.paging.total %s is below the items listed; it is ignored (Q4)", page.total)
            self._total_trusted = False
        if self._total_reached(page, fetched):
            if not page.items:  # what Q1 ends with; a probe page with items untrusted the total above
                return self._stop(StopReason.TOTAL_REACHED, page)
            return self._go(following, _Probe.AFTER_TOTAL)  # Q1: one request tells the end from a lie
        if not page.items:
            if probe is _Probe.AFTER_EMPTY:
                return self._stop(StopReason.EMPTY_PAGE, page)  # two empty pages in a row: Q1's end
            if probe is _Probe.EMPTY_AGAIN:
                return self._go(following, _Probe.AFTER_EMPTY)
            return self._go(fetched, _Probe.EMPTY_AGAIN)
        if normalise(following) in self._fetched:
            if probe is _Probe.REPEAT_AGAIN:
                return self._stop(StopReason.REPEATED_NEXT, page)  # Q2
            return self._go(fetched, _Probe.REPEAT_AGAIN)
        if not fresh and probe is not _Probe.REPEAT_AGAIN:
            return self._stop(StopReason.REPEATED_ITEMS, page)
        if self._max_items is not None and self.items_seen >= self._max_items:
            return self._stop(StopReason.MAX_ITEMS, page)
        if self._max_pages is not None and self.pages_seen >= self._max_pages:
            return self._stop(StopReason.MAX_PAGES, page)
        return self._go(following, None)

    def _go(self, url: httpx.URL, probe: _Probe | None) -> None:
        if probe is not None:
            logger.info("pagination: asking for %s (%s)", probe.value, shown_url(url))
        self._pending, self._probe = url, probe
        self._fetched.add(normalise(url))

    def _total_reached(self, page: Page, fetched: httpx.URL) -> bool:
        limit = page.limit if page.limit is not None else limit_of(fetched)
        # Q4: `total` can equal `limit` (it is then the page size, not the count) or be missing.
        total = page.total
        return self._total_trusted and total is not None and total > (limit or 0) and self.items_seen >= total

    def shrink(self, error: Exception) -> bool:
        """After the transport gave up on `pending`: whether to ask again with a smaller `limit` (Q5).

        Only for a read timeout or a 504 and a page larger than `SMALLEST_LIMIT`; the position is kept,
        as nothing but the `limit` value of the URL changes (Q3).
        """
        cause = error.__cause__ if isinstance(error, RequestTimeoutError) else error
        timed_out = isinstance(cause, httpx.ReadTimeout) or (
            isinstance(error, ServerError) and error.status_code == 504
        )
        pending = self._pending
        limit = None if pending is None else limit_of(pending)
        if pending is None or not timed_out or limit is None or limit <= SMALLEST_LIMIT:
            return False
        smaller = max(SMALLEST_LIMIT, limit // 2)
        self._pending = with_limit(pending, smaller)
        self._fetched.add(normalise(self._pending))
        logger.warning(
            "page %d timed out with limit=%d (%s); asking for the same position with limit=%d (Q5)",
            self.pages_seen + 1,
            limit,
            type(error).__name__,
            smaller,
        )
        return True

    def _stop(self, reason: StopReason, page: Page) -> None:
        seen = f"{self.items_seen} items in {self.pages_seen} pages"
        messages = {
            StopReason.NO_NEXT: f"the last page had no next link: {seen}",
            StopReason.EMPTY_PAGE: (
                f"page {self.pages_seen} was empty, asked again, and the page it linked was empty too (Q1): "
                f"{seen}"
            ),
            StopReason.TOTAL_REACHED: (
                f"meta.paging.total {page.total} reached, and the page after it was empty (Q1): {seen}"
            ),
            StopReason.REPEATED_NEXT: (
                f"page {self.pages_seen} linked a page already fetched, also when asked again (Q2), "
                f"{_shown(page.next_url)}: {seen}"
            ),
            StopReason.REPEATED_ITEMS: (
                f"page {self.pages_seen} held only items already yielded, under a new next link "
                f"{_shown(page.next_url)}: {seen}"
            ),
            StopReason.FOREIGN_NEXT: (
                f"page {self.pages_seen} linked a next page on another origin, not followed: "
                f"{_shown(page.next_url)}: {seen}"
            ),
            StopReason.MAX_ITEMS: f"max_items={self._max_items} reached: {seen}",
            StopReason.MAX_PAGES: f"max_pages={self._max_pages} reached with more pages linked: {seen}",
        }
        self.stop_reason, self.stop_message = reason, messages[reason]
        if reason.may_lose_items:
            logger.warning("pagination stopped early: %s", self.stop_message)
        elif reason.is_guard:
            logger.info("pagination ended, the listing is complete: %s", self.stop_message)


def _shown(url: str | None) -> str:
    return shown_url(httpx.URL(url or ""))


def _key(item: object) -> int | None:
    """A hash of an item's (type, id), model or dict; None for an item without both."""
    identity = resource_identity(item)
    return None if identity is None else hash(identity)


def normalise(url: httpx.URL) -> str:
    """What identifies a page request (Q2): the path and the decoded, sorted query.

    Scheme and host are left out: every page of a walk is on the API's host, and the first URL may be
    relative to the client's base URL.
    """
    query = sorted(parse_qsl(url.query.decode(), keep_blank_values=True))
    return f"{url.path}?{urlencode(query)}"


def limit_of(url: httpx.URL) -> int | None:
    """The `limit` query value of `url`, if it has a numeric one."""
    value = url.params.get("limit")
    return int(value) if value is not None and value.isdigit() else None


def with_limit(url: httpx.URL, limit: int) -> httpx.URL:
    """`url` with the value of `limit` replaced; every other byte, `limit[items]` included, kept (Q3, Q5)."""
    parts = url.query.decode().split("&")
    changed = [f"limit={limit}" if unquote(part.partition("=")[0]) == "limit" else part for part in parts]
    return url.copy_with(query="&".join(changed).encode())


ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class PagedEndpoint(Protocol[ItemT_co]):
    """A generated collection endpoint module, e.g. `app_store_connect_api.api.apps.apps_get_collection`.

    Its `ITEM_TYPE` (`App` there) is the type a paginator yields.
    """

    __name__: str

    @property
    def ITEM_TYPE(self) -> type[ItemT_co]: ...

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_response(self, response: httpx.Response, *, client: Any) -> Response[Any]: ...


@dataclass(frozen=True)
class Listing:
    """What a paginator walks: the first page's URL, and how to read a page (public: the CLI and reports
    walk raw listings with it)."""

    first_url: httpx.URL
    parse: Callable[[httpx.Response], Page]
    api_url: httpx.URL | None = None  # the API's base URL: a next link to another origin is refused

    @classmethod
    def of(
        cls,
        endpoint: PagedEndpoint[Any],
        params: Mapping[str, Any],
        *,
        client: Any,
        path_ids: Sequence[str] = (),
        base_url: str | httpx.URL | None = None,
    ) -> Listing:
        """The listing of a generated endpoint with its path ids and the user's `params` (the generated
        client's names).

        Without a `limit`, pages are the largest the endpoint allows: fewer requests against the
        hourly rate limit (Q7).
        """
        operation = _operations().get(endpoint.__name__)
        if operation is None or operation.method != "GET":
            raise ConfigurationError(
                f"{endpoint.__name__} is not a generated read: only GET collections paginate"
            )
        max_limit = operation.max_limit
        kwargs = endpoint._get_kwargs(*path_ids, **({"limit": max_limit, **params} if max_limit else params))

        def parse(response: httpx.Response) -> Page:
            return Page.from_model(endpoint.parse_response(response, client=client).parsed)

        api_url = None if base_url is None else httpx.URL(base_url)
        return cls(httpx.URL(kwargs["url"], params=kwargs.get("params")), parse, api_url)

    @classmethod
    def of_url(cls, url: str | httpx.URL, *, base_url: str | httpx.URL) -> Listing:
        """The raw listing (items are JSON:API dicts) at `url`: a path such as "/v1/apps/1/builds" or an
        absolute URL on the API's origin, e.g. a `links.related` or `links.next`, with its query as given."""
        base, target = httpx.URL(base_url), httpx.URL(url)
        if target.is_absolute_url and origin(target) != origin(base):
            raise ConfigurationError(f"{shown_url(target)} is not on the API's origin {base}: not paginated")
        if not target.is_absolute_url and not target.path.startswith("/"):
            raise ConfigurationError(f"{str(url)!r} is not an API path such as /v1/apps, nor an absolute URL")
        return cls(target, _raw_page, base)

    def read(self, response: httpx.Response) -> Page:
        """The page in a 2xx `response`; a body that is not one is a `ResponseFormatError`."""
        try:
            return self.parse(response)
        except AppStoreConnectError:
            raise
        except BODY_PARSE_ERRORS as error:
            problem = f"not a page of the listing ({type(error).__name__}: {error})"
            raise format_error(response, problem) from error


def _raw_page(response: httpx.Response) -> Page:
    document = response.json()
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise ValueError("no `data` list")
    return Page.from_json(document)


def _operations() -> dict[str, Operation]:
    """Each generated endpoint module's operation (method, path, largest `limit`): the operations index."""
    return by_module()


class _Paginator:
    """What both paginators share: the listing, the limits, the latest walk and the page being read."""

    def __init__(
        self, listing: Listing, *, max_items: int | None, max_pages: int | None, allow_partial: bool
    ) -> None:
        self._listing = listing
        self._new_walk = partial(
            PageWalk,
            listing.first_url,
            max_items=max_items,
            max_pages=max_pages,
            allow_partial=allow_partial,
            api_url=listing.api_url,
        )
        self._walk = self._new_walk()  # checks the limits now
        self._page: Page | None = None  # the page whose items are being yielded

    def _start(self) -> PageWalk:
        self._walk = self._new_walk()
        return self._walk

    def related(self, item: Any, relationship: str) -> Any:
        """What `item`'s `relationship` links to, from the `included` of the page `item` came from.

        For an item of the page being iterated (call it inside the loop); see `Page.related`.
        """
        page = self._page
        if page is None or not any(candidate is item for candidate in page.items):
            raise ConfigurationError(
                "related() resolves items of the page being iterated: call it inside the loop, "
                "or keep the pages with .pages() and use Page.related"
            )
        return page.related(item, relationship)

    @property
    def stop_reason(self) -> StopReason | None:
        """Why the latest walk stopped; None before one ends."""
        return self._walk.stop_reason

    @property
    def stop_message(self) -> str | None:
        """The latest walk's stop reason in words, with its counts."""
        return self._walk.stop_message

    @property
    def items_seen(self) -> int:
        """Items yielded by the latest walk so far."""
        return self._walk.items_seen

    @property
    def pages_seen(self) -> int:
        """Pages fetched by the latest walk so far."""
        return self._walk.pages_seen


class Paginator(_Paginator, Generic[ItemT]):
    """Every item of a collection: `for app in asc.paginate(...)`; `.pages()` gives the pages.

    Pages are fetched as you iterate, one in memory at a time; each iteration starts a new walk.
    """

    def __init__(
        self,
        fetch: Callable[[httpx.URL], httpx.Response],
        listing: Listing,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
    ) -> None:
        super().__init__(listing, max_items=max_items, max_pages=max_pages, allow_partial=allow_partial)
        self._fetch = fetch

    def pages(self) -> Iterator[Page]:
        """Each page as it is fetched."""
        walk = self._start()
        while walk.pending is not None:
            try:
                response = self._fetch(walk.pending)
            except SLOW_PAGE_ERRORS as error:
                if not walk.shrink(error):
                    raise
                continue
            page = walk.accept(self._listing.read(response))
            del response  # one page in memory at a time: nothing of it is held during the next fetch
            yield page
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            self._page = page
            items = iter(page)  # lets go of the page's items once exhausted
            del page
            yield from items
            self._page = None


class AsyncPaginator(_Paginator, Generic[ItemT]):
    """The async twin of `Paginator`: `async for iap in asc.paginate(...)`, `async for page in .pages()`."""

    def __init__(
        self,
        fetch: Callable[[httpx.URL], Awaitable[httpx.Response]],
        listing: Listing,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
    ) -> None:
        super().__init__(listing, max_items=max_items, max_pages=max_pages, allow_partial=allow_partial)
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[Page]:
        """Each page as it is fetched."""
        walk = self._start()
        while walk.pending is not None:
            try:
                response = await self._fetch(walk.pending)
            except SLOW_PAGE_ERRORS as error:
                if not walk.shrink(error):
                    raise
                continue
            page = walk.accept(self._listing.read(response))
            del response  # see Paginator.pages
            yield page
            del page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            self._page = page
            items = iter(page)
            del page
            for item in items:
                yield item
            self._page = None
