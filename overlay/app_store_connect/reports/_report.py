"""Report objects over a streamed response: rows as they arrive, or the raw bytes saved to a file."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager
from typing import Generic, TypeVar

import anyio
import httpx

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ApiError, NotFoundError
from .._redact import shown_url
from ._decode import Row
from ._download import Download
from ._errors import ReportConsumedError, ReportFormatError

NO_SALES_DETAIL = "there were no sales for the date specified"
"""Q12: the 404 detail Apple sends for a date without sales (other 404s stay errors)."""

_C = TypeVar("_C")


def is_no_sales(error: ApiError) -> bool:
    """True for Apple's 404 "There were no sales for the date specified." (Q12), not for other 404s."""
    return error.status_code == 404 and any(
        NO_SALES_DETAIL in (detail.detail or "").lower() for detail in error.errors
    )


class _ReportBase(Generic[_C]):
    """What the sync and async reports share: the once-only claim, the decoded header and trailer."""

    def __init__(self, chunks: _C | None, download: Download) -> None:
        self._chunks = chunks
        self._download = download
        self._claimed = False

    @property
    def no_sales(self) -> bool:
        """Apple answered "There were no sales for the date specified" (Q12): no rows, and not an error."""
        return self._chunks is None

    @property
    def fieldnames(self) -> tuple[str, ...] | None:
        """The header's field names, once iteration has read it (None before, and for no sales)."""
        return self._download.decoder.fieldnames

    @property
    def trailer(self) -> Mapping[str, str]:
        """Finance reports' closing lines (`Total_Rows`, `Total_Amount`, ...), once iteration read them."""
        return self._download.decoder.trailer

    @property
    def bytes_received(self) -> int:
        """Raw (compressed) bytes read so far."""
        return self._download.received

    def _claim(self) -> _C | None:
        if self._claimed:
            raise ReportConsumedError(
                "a report streams once: iterate its rows or call save_to, once; ask for the report again"
            )
        self._claimed = True
        return self._chunks


class Report(_ReportBase[Iterator[bytes]]):
    """A downloaded report: iterate it for rows (dicts keyed by the header), read as they arrive."""

    def __iter__(self) -> Iterator[Row]:
        chunks = self._claim()
        for chunk in chunks or ():
            yield from self._download.rows(chunk)
        yield from self._download.last_rows()

    def save_to(self, path: str | os.PathLike[str]) -> int:
        """Write the raw bytes as received (gzip) to `path` and return their count; no file for no sales."""
        chunks = self._claim()
        if chunks is None:
            return 0
        with open(path, "wb") as file:
            for chunk in chunks:
                self._download.take(chunk)
                file.write(chunk)
        self._download.verify()
        return self._download.received


class AsyncReport(_ReportBase[AsyncIterator[bytes]]):
    """The async twin of `Report`: `async for row in report`, `await report.save_to(path)`."""

    async def __aiter__(self) -> AsyncIterator[Row]:
        chunks = self._claim()
        if chunks is not None:
            async for chunk in chunks:
                for row in self._download.rows(chunk):
                    yield row
        for row in self._download.last_rows():
            yield row

    async def save_to(self, path: str | os.PathLike[str]) -> int:
        """See `Report.save_to`."""
        chunks = self._claim()
        if chunks is None:
            return 0
        async with await anyio.open_file(path, "wb") as file:
            async for chunk in chunks:
                self._download.take(chunk)
                await file.write(chunk)
        self._download.verify()
        return self._download.received


@contextmanager
def open_report(
    asc: AppStoreConnect,
    url: str,
    download: Download,
    *,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    no_sales_ok: bool = False,
) -> Iterator[Report]:
    """Stream `GET url` into a `Report`; with `no_sales_ok`, Apple's "no sales" 404 is an empty one."""
    with ExitStack() as stack:
        try:
            response = stack.enter_context(asc.stream("GET", url, params=params, headers=headers))
        except NotFoundError as error:
            if not (no_sales_ok and is_no_sales(error)):
                raise
            yield Report(None, download)
            return
        yield Report(_raw_chunks(response), _checked(download, response))


@asynccontextmanager
async def async_open_report(
    asc: AsyncAppStoreConnect,
    url: str,
    download: Download,
    *,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    no_sales_ok: bool = False,
) -> AsyncIterator[AsyncReport]:
    """The async twin of `open_report`."""
    async with AsyncExitStack() as stack:
        try:
            response = await stack.enter_async_context(asc.stream("GET", url, params=params, headers=headers))
        except NotFoundError as error:
            if not (no_sales_ok and is_no_sales(error)):
                raise
            yield AsyncReport(None, download)
            return
        yield AsyncReport(_async_raw_chunks(response), _checked(download, response))


def _raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as received. A response that arrived already read (`httpx.MockTransport`, the
    documented test seam) has no stream left: its content is the body."""
    _check_open(response)
    if response.is_stream_consumed:
        yield response.content
    else:
        yield from response.iter_raw()


async def _async_raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of `_raw_chunks`."""
    _check_open(response)
    if response.is_stream_consumed:
        yield response.content
    else:
        async for chunk in response.aiter_raw():
            yield chunk


def _check_open(response: httpx.Response) -> None:
    if response.is_closed and not response.is_stream_consumed:
        raise ReportConsumedError(
            "the report's download was closed when its `with` block ended: read it inside the block"
        )


def _checked(download: Download, response: httpx.Response) -> Download:
    """Refuse an HTML page served as a report (a sign-in or error page with status 200); use the
    response's Content-Length for progress when no size was announced."""
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type == "text/html":
        raise ReportFormatError(
            f"{response.request.method} {shown_url(response.request.url)} answered {response.status_code} "
            "with an HTML page instead of a report; check the URL (or proxy) and try again"
        )
    length = response.headers.get("content-length", "")
    if length.isdigit():
        download.expect_total(int(length))
    return download
