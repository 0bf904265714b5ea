"""Bodies that arrive already read (httpx.MockTransport) or are not what they claim: reports (Q12) and
the analytics listings before them."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._error_body import ERROR_BODY_BYTES
from app_store_connect._errors import NonJsonResponseError, ResponseFormatError
from app_store_connect._keys import ApiKey
from app_store_connect.reports import (
    ReportFormatError,
    SalesReportArguments,
    analytics_reports,
    async_analytics_reports,
    async_sales_report,
    ensure_report_request,
    sales_report,
)

SALES: SalesReportArguments = {
    "vendor_number": "85123456",
    "report_type": "SALES",
    "report_date": "2024-01-02",
}
TSV = b"Provider\tSKU\tUnits\tPromo Code\nAPPLE\tcom.example.notes\t3\t \nAPPLE\tcom.example.pro\t-1\t \n"
ROWS = [
    {"Provider": "APPLE", "SKU": "com.example.notes", "Units": "3", "Promo Code": ""},
    {"Provider": "APPLE", "SKU": "com.example.pro", "Units": "-1", "Promo Code": ""},
]
HTML = b"<!DOCTYPE html><html><head><title>Sign In</title></head><body>Please sign in</body></html>"

Handler = Callable[[httpx.Request], httpx.Response]


def answer(status: int, body: bytes, content_type: str) -> Handler:
    """A MockTransport handler answering every request with this body (pre-read, as MockTransport does)."""
    return lambda request: httpx.Response(status, content=body, headers={"content-type": content_type})


def sync_client(api_key: ApiKey, handler: Handler) -> AppStoreConnect:
    return AppStoreConnect(api_key, transport=httpx.MockTransport(handler), sleep=lambda _: None)


def async_client(api_key: ApiKey, handler: Handler) -> AsyncAppStoreConnect:
    async def no_sleep(_: float) -> None:
        return None

    return AsyncAppStoreConnect(api_key, transport=httpx.MockTransport(handler), sleep=no_sleep)


def test_a_report_reads_through_mock_transport(api_key: ApiKey, tmp_path: Path) -> None:
    """Issue: MockTransport responses are read already, and the report raised httpx.StreamConsumed."""
    body = gzip.compress(TSV)
    with sync_client(api_key, answer(200, body, "application/a-gzip")) as asc:
        with sales_report(asc, **SALES) as report:
            assert list(report) == ROWS
        assert report.bytes_received == len(body)
        with sales_report(asc, **SALES) as report:
            assert report.save_to(tmp_path / "sales.gz") == len(body)

    assert (tmp_path / "sales.gz").read_bytes() == body


@pytest.mark.anyio
async def test_an_async_report_reads_through_mock_transport(api_key: ApiKey, tmp_path: Path) -> None:
    body = gzip.compress(TSV)
    async with async_client(api_key, answer(200, body, "application/a-gzip")) as asc:
        async with async_sales_report(asc, **SALES) as report:
            assert [row async for row in report] == ROWS
        async with async_sales_report(asc, **SALES) as report:
            assert await report.save_to(tmp_path / "sales.gz") == len(body)

    assert (tmp_path / "sales.gz").read_bytes() == body


def test_q12_an_html_page_answered_200_is_not_a_report(api_key: ApiKey, tmp_path: Path) -> None:
    """Issue: a 200 HTML page (a proxy's or a sign-in page) used to read as a report with 0 rows."""
    refused = pytest.raises(ReportFormatError, match="answered 200 with an HTML page instead of a report")
    with (
        sync_client(api_key, answer(200, HTML, "text/html; charset=utf-8")) as asc,
        refused,
        sales_report(asc, **SALES) as report,
    ):
        report.save_to(tmp_path / "sales.gz")

    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content_type", ["application/a-gzip", "text/plain", "application/json"])
def test_q12_a_body_that_is_not_tsv_fails_whatever_its_content_type(
    api_key: ApiKey, content_type: str
) -> None:
    for body in (HTML, b'{"data": []}', gzip.compress(HTML)):
        with (
            sync_client(api_key, answer(200, body, content_type)) as asc,
            sales_report(asc, **SALES) as report,
            pytest.raises(ReportFormatError, match="does not start with a tab-separated report header"),
        ):
            list(report)


@pytest.mark.anyio
async def test_q12_async_html_page_is_not_a_report(api_key: ApiKey) -> None:
    async with async_client(api_key, answer(200, HTML, "text/html")) as asc:
        with pytest.raises(ReportFormatError, match="HTML page instead of a report"):
            async with async_sales_report(asc, **SALES):
                pytest.fail("an HTML page must not open as a report")


def json_answer(*documents: object) -> Handler:
    """Answer each request with the next JSON document (status 200)."""
    queue = list(documents)
    return lambda request: httpx.Response(200, json=queue.pop(0))


@pytest.mark.parametrize(
    ("handler", "cause"),
    [
        (answer(200, HTML, "text/html"), json.JSONDecodeError),
        (json_answer([{"id": "r1"}]), AttributeError),  # a list, not a JSON:API document
        (json_answer({"data": [{"type": "analyticsReports", "attributes": {}}]}), KeyError),  # no id
        (json_answer({"data": ["r1"]}), AttributeError),
    ],
    ids=["html", "list", "item-without-id", "item-not-an-object"],
)
def test_an_unreadable_2xx_listing_is_a_response_format_error(
    api_key: ApiKey, handler: Handler, cause: type[Exception]
) -> None:
    """Issue: JSONDecodeError and KeyError escaped the error tree from a 2xx that was not the document."""
    refused = pytest.raises(
        ResponseFormatError, match=r"GET \S*/v1/analyticsReportRequests/request-1/reports"
    )
    with sync_client(api_key, handler) as asc, refused as raised:
        analytics_reports(asc, "request-1")

    assert isinstance(raised.value.__cause__, cause)


@pytest.mark.anyio
async def test_an_unreadable_2xx_listing_is_a_response_format_error_async(api_key: ApiKey) -> None:
    async with async_client(api_key, answer(200, HTML, "text/html")) as asc:
        with pytest.raises(ResponseFormatError, match="the body is not JSON"):
            await async_analytics_reports(asc, "request-1")


def test_a_created_request_answered_without_data_is_a_response_format_error(api_key: ApiKey) -> None:
    refused = pytest.raises(ResponseFormatError, match="POST /v1/analyticsReportRequests")
    with sync_client(api_key, json_answer({"data": []}, {"links": {}})) as asc, refused as raised:
        ensure_report_request(asc, "1234567890")

    assert isinstance(raised.value.__cause__, KeyError)


class GzipBomb(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body: an HTML page then 128 MB of zeros, gzip-compressed to about 130 KB. Counts what
    the client pulled."""

    def __init__(self) -> None:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        data = [packer.compress(b"<html><body>Not Found</body></html>")]
        data += [packer.compress(bytes(1 << 20)) for _ in range(128)]
        self.data = b"".join(data) + packer.flush()
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), 4096):
            self.pulled = start + 4096
            yield self.data[start : self.pulled]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def bomb_answer(bomb: GzipBomb) -> Handler:
    headers = {"content-type": "text/html", "content-encoding": "gzip"}
    return lambda request: httpx.Response(404, headers=headers, stream=bomb)


def test_a_gzip_error_body_is_read_only_as_far_as_the_cap(api_key: ApiKey) -> None:
    """Issue: a gzip 404 was decompressed in full (+760 MB) only to keep a 200-character excerpt."""
    bomb = GzipBomb()
    tracemalloc.start()
    try:
        with (
            sync_client(api_key, bomb_answer(bomb)) as asc,
            pytest.raises(NonJsonResponseError) as raised,
            sales_report(asc, **SALES),
        ):
            pytest.fail("a 404 must not open as a report")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert peak < 8 * ERROR_BODY_BYTES
    assert bomb.pulled < len(bomb.data) // 8
    assert raised.value.status_code == 404 and (raised.value.excerpt or "").startswith("Not Found")


@pytest.mark.anyio
async def test_a_gzip_error_body_is_read_only_as_far_as_the_cap_async(api_key: ApiKey) -> None:
    bomb = GzipBomb()
    async with async_client(api_key, bomb_answer(bomb)) as asc:
        with pytest.raises(NonJsonResponseError, match=r"404 Not Found .*'Not Found"):
            async with async_sales_report(asc, **SALES):
                pytest.fail("a 404 must not open as a report")

    assert bomb.pulled < len(bomb.data) // 8
