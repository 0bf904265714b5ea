"""Transaction and notification history as iterators that never end early without saying so.

Both endpoints page with a token (`revision`, `paginationToken`) and `hasMore`. The walk stops only on
`hasMore: false`; a page that says more follow but gives no token, or a token seen before, raises
`HistoryIncompleteError` with the last good token, instead of returning a short list (as Q1/Q2 do for
App Store Connect's paginators).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._errors import HistoryIncompleteError

__all__ = ["AsyncHistory", "History", "Page"]

T = TypeVar("T")
logger = logging.getLogger("app_store_connect")


@dataclass(frozen=True)
class Page(Generic[T]):
    """What a history walk needs of one answer."""

    items: Sequence[T]
    has_more: bool | None
    token: str | None  # the token to ask the next page with (and, for revisions, to resume later)


class _Walk:
    """The checks between pages, without I/O: which token comes next, or why the walk cannot go on."""

    def __init__(self, what: str, start: str | None) -> None:
        self.what = what
        self.resume_token = start
        self.pages = 0
        self._seen: set[str] = set() if start is None else {start}

    def next_token(self, has_more: bool | None, token: str | None) -> str | None:
        """The token for the next page, or None at the end; raises when entries could be lost."""
        self.pages += 1
        if token:
            self.resume_token = token
        if has_more is False:
            return None
        if has_more is None:
            raise self._incomplete("the answer did not say whether more pages follow (no hasMore)")
        if not token:
            raise self._incomplete("hasMore was true but the answer gave no token for the next page")
        if token in self._seen:
            raise self._incomplete(f"the answer repeated a token already used ({self.pages} pages in)")
        self._seen.add(token)
        return token

    def _incomplete(self, why: str) -> HistoryIncompleteError:
        return HistoryIncompleteError(
            f"{self.what} stopped after {self.pages} page(s): {why}; the entries so far were returned, the "
            "rest were not. Start again from resume_token (the last good token), or from the beginning.",
            resume_token=self.resume_token,
        )


class History(Generic[T]):
    """Every entry of a history, page after page; `resume_token` and `pages` tell how far it went.

    For transaction history, keep `resume_token` after a complete walk: asking again with it returns
    only what changed since (Apple's "revision").
    """

    def __init__(self, what: str, fetch: Callable[[str | None], Page[T]], start: str | None = None) -> None:
        self._walk = _Walk(what, start)
        self._fetch = fetch
        self._start = start

    @property
    def resume_token(self) -> str | None:
        """The latest token of a page whose entries were all returned."""
        return self._walk.resume_token

    @property
    def pages(self) -> int:
        """How many pages were read."""
        return self._walk.pages

    def __iter__(self) -> Iterator[T]:
        self._walk = _Walk(self._walk.what, self._start)  # each walk starts afresh
        token = self._start
        while True:
            page = self._fetch(token)
            yield from page.items
            next_token = self._walk.next_token(page.has_more, page.token)
            if next_token is None:
                logger.debug("%s: %d page(s), complete", self._walk.what, self._walk.pages)
                return
            token = next_token


class AsyncHistory(Generic[T]):
    """The async twin of `History`: `async for entry in history`."""

    def __init__(
        self, what: str, fetch: Callable[[str | None], Awaitable[Page[T]]], start: str | None = None
    ) -> None:
        self._walk = _Walk(what, start)
        self._fetch = fetch
        self._start = start

    @property
    def resume_token(self) -> str | None:
        """The latest token of a page whose entries were all returned."""
        return self._walk.resume_token

    @property
    def pages(self) -> int:
        """How many pages were read."""
        return self._walk.pages

    async def __aiter__(self) -> AsyncIterator[T]:
        self._walk = _Walk(self._walk.what, self._start)
        token = self._start
        while True:
            page = await self._fetch(token)
            for item in page.items:
                yield item
            next_token = self._walk.next_token(page.has_more, page.token)
            if next_token is None:
                return
            token = next_token
