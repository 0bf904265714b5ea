"""Pagination: one I/O-free `PageWalk` makes every decision (Q1-Q5); thin sync and async paginators drive it.

Retrying a failed request is the transport's job (`RetryPolicy`); a walk never repeats a request. After
the transport gave up on a page that timed out, the walk asks for the same position with a smaller
`limit` (Q5): a different request, and a bounded number of them.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qsl, unquote, urlencode

import httpx

from ._errors import ConfigurationError, ServerError
from ._operations import Operation, by_module
from ._page import Page
from ._transport import LOGGER_NAME

if TYPE_CHECKING:
    from app_store_connect_api.types import Response

logger = logging.getLogger(f"{LOGGER_NAME}.pagination")

SMALLEST_LIMIT = 10  # Q5: a timed-out page is asked again with half the items, down to this many
# What may mean "this page is too slow" once the transport gave up; `PageWalk.shrink` decides.
SLOW_PAGE_ERRORS = (httpx.TimeoutException, ServerError)


class StopReason(enum.Enum):
    """Why a walk stopped."""

    NO_NEXT = "no next link"  # the natural end
    EMPTY_PAGE = "empty page with a next link"  # guard, Q1
    TOTAL_REACHED = "meta.paging.total reached"  # guard, Q1 (Q4: only a total above the page limit)
    REPEATED_NEXT = "next link already fetched"  # guard, Q2
    MAX_ITEMS = "max_items reached"  # the caller's limit
    MAX_PAGES = "max_pages reached"  # the caller's limit

    @property
    def is_guard(self) -> bool:
        """Whether a guard against a misbehaving API stopped the walk (logged as a warning)."""
        return self in (StopReason.EMPTY_PAGE, StopReason.TOTAL_REACHED, StopReason.REPEATED_NEXT)


class PageWalk:
    """The decisions of one walk through a collection, without I/O.

    Fetch `pending` (None once stopped), then hand the page to `accept`, or a failure to `shrink`.
    """

    def __init__(
        self, first_url: httpx.URL, *, max_items: int | None = None, max_pages: int | None = None
    ) -> None:
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and value < 1:
                raise ConfigurationError(f"{name} must be at least 1, or None for no limit; got {value}")
        self.pending: httpx.URL | None = first_url
        self.items_seen = 0
        self.pages_seen = 0
        self.stop_reason: StopReason | None = None
        self.stop_message: str | None = None
        self._max_items = max_items
        self._max_pages = max_pages
        self._fetched = {normalise(first_url)}  # Q2: grows by one short string per page

    def accept(self, page: Page) -> Page:
        """Record the page fetched from `pending`; returns it with the items to yield, and moves on."""
        if self.pending is None:
            raise RuntimeError("the walk has stopped: no page is pending")
        room = None if self._max_items is None else self._max_items - self.items_seen
        kept = page if room is None or len(page.items) <= room else replace(page, items=page.items[:room])
        self.pages_seen += 1
        self.items_seen += len(kept.items)
        fetched, self.pending = self.pending, None
        reason = StopReason.MAX_ITEMS if kept is not page else self._stop_reason(page, fetched)
        if reason is None:
            assert page.next_url is not None  # _stop_reason said NO_NEXT otherwise
            self.pending = httpx.URL(page.next_url)  # Q3: exactly as given
            self._fetched.add(normalise(self.pending))
        else:
            self._stop(reason, page)
        return kept

    def shrink(self, error: Exception) -> bool:
        """After the transport gave up on `pending`: whether to ask again with a smaller `limit` (Q5).

        Only for a read timeout or a 504 and a page larger than `SMALLEST_LIMIT`; the position is kept,
        as nothing but the `limit` value of the URL changes (Q3).
        """
        timed_out = isinstance(error, httpx.ReadTimeout) or (
            isinstance(error, ServerError) and error.status_code == 504
        )
        limit = None if self.pending is None else limit_of(self.pending)
        if self.pending is None or not timed_out or limit is None or limit <= SMALLEST_LIMIT:
            return False
        smaller = max(SMALLEST_LIMIT, limit // 2)
        self.pending = with_limit(self.pending, smaller)
        self._fetched.add(normalise(self.pending))
        logger.warning(
            "page %d timed out with limit=%d (%s); asking for the same position with limit=%d (Q5)",
            self.pages_seen + 1,
            limit,
            type(error).__name__,
            smaller,
        )
        return True

    def _stop_reason(self, page: Page, fetched: httpx.URL) -> StopReason | None:
        if page.next_url is None:
            return StopReason.NO_NEXT
        if not page.items:
            return StopReason.EMPTY_PAGE  # Q1
        limit = page.limit if page.limit is not None else limit_of(fetched)
        # Q4: `total` can equal `limit` (it is then the page size, not the count) or be missing.
        if page.total is not None and page.total > (limit or 0) and self.items_seen >= page.total:
            return StopReason.TOTAL_REACHED  # Q1
        if normalise(httpx.URL(page.next_url)) in self._fetched:
            return StopReason.REPEATED_NEXT  # Q2
        if self._max_items is not None and self.items_seen >= self._max_items:
            return StopReason.MAX_ITEMS
        if self._max_pages is not None and self.pages_seen >= self._max_pages:
            return StopReason.MAX_PAGES
        return None

    def _stop(self, reason: StopReason, page: Page) -> None:
        seen = f"{self.items_seen} items in {self.pages_seen} pages"
        messages = {
            StopReason.NO_NEXT: f"the last page had no next link: {seen}",
            StopReason.EMPTY_PAGE: f"page {self.pages_seen} was empty but linked a next page (Q1): {seen}",
            StopReason.TOTAL_REACHED: (
                f"meta.paging.total {page.total} reached, yet page {self.pages_seen} linked a next page "
                f"(Q1): {seen}"
            ),
            StopReason.REPEATED_NEXT: (
                f"page {self.pages_seen} linked a page already fetched (Q2), {page.next_url}: {seen}"
            ),
            StopReason.MAX_ITEMS: f"max_items={self._max_items} reached: {seen}",
            StopReason.MAX_PAGES: f"max_pages={self._max_pages} reached with more pages linked: {seen}",
        }
        self.stop_reason, self.stop_message = reason, messages[reason]
        if reason.is_guard:
            logger.warning("pagination stopped early: %s", self.stop_message)


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
    """What a paginator walks: the first page's URL, and how to read a page."""

    first_url: httpx.URL
    parse: Callable[[httpx.Response], Page]

    @classmethod
    def of(cls, endpoint: PagedEndpoint[Any], params: Mapping[str, Any], *, client: Any) -> Listing:
        """The listing of a generated endpoint with the user's `params` (the generated client's names).

        Without a `limit`, pages are the largest the endpoint allows: fewer requests against the
        hourly rate limit (Q7).
        """
        operation = _operations().get(endpoint.__name__)
        if operation is None or operation.method != "GET":
            raise ConfigurationError(
                f"{endpoint.__name__} is not a generated read: only GET collections paginate"
            )
        max_limit = operation.max_limit
        kwargs = endpoint._get_kwargs(**({"limit": max_limit, **params} if max_limit else params))

        def parse(response: httpx.Response) -> Page:
            return Page.from_model(endpoint.parse_response(response, client=client).parsed)

        return cls(httpx.URL(kwargs["url"], params=kwargs.get("params")), parse)


def _operations() -> dict[str, Operation]:
    """Each generated endpoint module's operation (method, path, largest `limit`): the operations index."""
    return by_module()


class _Paginator:
    """What both paginators share: the listing, the limits, and the latest walk."""

    def __init__(self, listing: Listing, *, max_items: int | None, max_pages: int | None) -> None:
        self._listing = listing
        self._new_walk = partial(PageWalk, listing.first_url, max_items=max_items, max_pages=max_pages)
        self._walk = self._new_walk()  # checks the limits now

    def _start(self) -> PageWalk:
        self._walk = self._new_walk()
        return self._walk

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
    ) -> None:
        super().__init__(listing, max_items=max_items, max_pages=max_pages)
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
            page = walk.accept(self._listing.parse(response))
            del response  # one page in memory at a time: nothing of it is held during the next fetch
            yield page
            del page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items = iter(page)  # lets go of the page's items once exhausted
            del page
            yield from items


class AsyncPaginator(_Paginator, Generic[ItemT]):
    """The async twin of `Paginator`: `async for iap in asc.paginate(...)`, `async for page in .pages()`."""

    def __init__(
        self,
        fetch: Callable[[httpx.URL], Awaitable[httpx.Response]],
        listing: Listing,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(listing, max_items=max_items, max_pages=max_pages)
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
            page = walk.accept(self._listing.parse(response))
            del response  # see Paginator.pages
            yield page
            del page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items = iter(page)
            del page
            for item in items:
                yield item
