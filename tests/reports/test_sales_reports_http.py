"""Sales and finance reports over the wire (Q12), replayed from binary gzip cassettes, sync and async."""

from __future__ import annotations

import gzip
from decimal import Decimal
from pathlib import Path

import pytest
from doubles import API_HOST, SentLog

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._errors import NotFoundError
from app_store_connect.reports import (
    ReportArgumentError,
    ReportConsumedError,
    SalesReportArguments,
    async_finance_report,
    async_sales_report,
    finance_report,
    sales_report,
)


def _sales_on(day: str) -> SalesReportArguments:
    return {"vendor_number": "85123456", "report_type": "SALES", "report_date": day}


SALES = _sales_on("2024-01-02")


@pytest.mark.vcr("sales_summary.yaml")
def test_q12_sales_report_streams_rows_with_blanks_as_empty(asc: AppStoreConnect, sent: SentLog) -> None:
    progress: list[tuple[int, int | None]] = []

    with sales_report(asc, progress=lambda done, total: progress.append((done, total)), **SALES) as report:
        rows = list(report)

    assert not report.no_sales
    assert report.fieldnames is not None and len(report.fieldnames) == 28
    assert [(row["SKU"], row["Units"], row["Country Code"]) for row in rows] == [
        ("com.example.notes", "3", "US"),
        ("com.example.notes.pro", "2", "DE"),
        ("com.example.notes.pro", "-1", "FR"),
    ]
    # Q12: Developer Proceeds is per unit; refunds are negative units.
    assert sum(Decimal(row["Units"]) * Decimal(row["Developer Proceeds"]) for row in rows) == Decimal("7.66")
    assert (
        rows[0]["Developer"] == ""
        and rows[0]["CMB"] == ""
        and rows[1]["Parent Identifier"] == "com.example.notes"
    )
    assert progress[-1] == (report.bytes_received, report.bytes_received)
    assert sent.requests[0].url.params["filter[version]"] == "1_0"
    assert sent.authorization_by_host() == {API_HOST: {"Bearer"}}


@pytest.mark.vcr("sales_summary.yaml")
def test_q12_sales_report_saves_the_raw_gzip(asc: AppStoreConnect, tmp_path: Path) -> None:
    target = tmp_path / "sales.txt.gz"

    with sales_report(asc, **SALES) as report:
        written = report.save_to(target)

    assert written == target.stat().st_size == 371
    assert gzip.decompress(target.read_bytes()).startswith(b"Provider\tProvider Country\tSKU\t")


@pytest.mark.vcr("sales_summary.yaml")
def test_a_report_streams_once(asc: AppStoreConnect, tmp_path: Path) -> None:
    with sales_report(asc, **SALES) as report:
        list(report)
        with pytest.raises(ReportConsumedError, match="streams once"):
            report.save_to(tmp_path / "again.gz")


@pytest.mark.vcr("sales_summary.yaml")
def test_a_report_read_after_its_block_is_a_clear_error(asc: AppStoreConnect) -> None:
    with sales_report(asc, **SALES) as report:
        pass

    with pytest.raises(ReportConsumedError, match="read it inside the block"):
        list(report)


@pytest.mark.vcr("subscription_event.yaml")
def test_q12_subscription_event_with_agzip_content_encoding(asc: AppStoreConnect) -> None:
    with sales_report(
        asc, vendor_number=12345678, report_type="SUBSCRIPTION_EVENT", report_date="2023-03-01", version="1_3"
    ) as report:
        rows = list(report)

    assert [(row["Event"], row["Country"], row["Quantity"]) for row in rows] == [
        ("Subscribe", "US", "4"),
        ("Cancel", "GB", "1"),
    ]
    assert rows[1]["Cancellation Reason"] == "Customer Canceled" and rows[0]["State"] == ""


@pytest.mark.vcr("finance_financial.yaml")
def test_q12_finance_report_trailer_is_separate(asc: AppStoreConnect) -> None:
    with finance_report(asc, vendor_number="85123456", report_date="2024-01") as report:
        rows = list(report)

    assert len(rows) == 2
    assert report.trailer == {"Total_Rows": "2", "Total_Amount": "10.41", "Total_Units": "9"}
    assert sum(Decimal(row["Extended Partner Share"]) for row in rows) == Decimal("10.41")


@pytest.mark.vcr("sales_no_sales.yaml")
def test_q12_no_sales_404_is_an_empty_report(asc: AppStoreConnect) -> None:
    with sales_report(asc, **_sales_on("2024-01-06")) as report:
        assert report.no_sales
        assert list(report) == []
        assert report.fieldnames is None


@pytest.mark.vcr("sales_no_sales.yaml")
def test_q12_no_sales_report_saves_no_file(asc: AppStoreConnect, tmp_path: Path) -> None:
    with sales_report(asc, **_sales_on("2024-01-06")) as report:
        assert report.save_to(tmp_path / "none.gz") == 0

    assert not (tmp_path / "none.gz").exists()


@pytest.mark.vcr("sales_no_sales.yaml")
def test_q12_other_404_stays_an_error(asc: AppStoreConnect) -> None:
    with (
        pytest.raises(NotFoundError, match="Report is not available yet"),
        sales_report(asc, **_sales_on("2024-01-07")),
    ):
        pytest.fail("a 404 other than 'no sales' must not give a report")


def test_q12_bad_arguments_fail_before_any_request(asc: AppStoreConnect, sent: SentLog) -> None:
    with pytest.raises(ReportArgumentError, match="MONTHLY reports take report_date as YYYY-MM"):  # noqa: SIM117
        with sales_report(
            asc, vendor_number="1", report_type="SALES", frequency="MONTHLY", report_date="2024-01-02"
        ):
            pass

    assert sent.requests == []


def test_a_bad_argument_raises_at_the_call_not_later_at_with(asc: AppStoreConnect, sent: SentLog) -> None:
    """`report = sales_report(...)` with a report type Apple does not have fails on that line (the
    async twins check first too, so the sync client stands in for theirs here)."""
    for download in (sales_report, async_sales_report):
        with pytest.raises(ReportArgumentError, match="report_type 'SALEZ' is not one of SALES"):
            download(asc, vendor_number="1", report_type="SALEZ", report_date="2024-01-02")  # type: ignore[arg-type]
    bad_finance = {"vendor_number": "1", "report_type": "FINANCAL", "report_date": "2024-01"}
    with pytest.raises(ReportArgumentError, match="report_type 'FINANCAL'"):
        finance_report(asc, **bad_finance)  # type: ignore[arg-type]
    with pytest.raises(ReportArgumentError, match="report_type 'FINANCAL'"):
        async_finance_report(asc, **bad_finance)  # type: ignore[arg-type]
    assert sent.requests == []


@pytest.mark.anyio
@pytest.mark.vcr("sales_summary.yaml")
async def test_q12_async_sales_report_streams_rows(async_asc: AsyncAppStoreConnect, sent: SentLog) -> None:
    async with async_sales_report(async_asc, **SALES) as report:
        rows = [row async for row in report]

    assert [row["Units"] for row in rows] == ["3", "2", "-1"]
    assert rows[0]["Promo Code"] == ""
    assert sent.authorization_by_host() == {API_HOST: {"Bearer"}}


@pytest.mark.anyio
@pytest.mark.vcr("finance_financial.yaml")
async def test_q12_async_finance_report_saves_raw_bytes(
    async_asc: AsyncAppStoreConnect, tmp_path: Path
) -> None:
    async with async_finance_report(async_asc, vendor_number="85123456", report_date="2024-01") as report:
        written = await report.save_to(tmp_path / "finance.gz")

    assert gzip.decompress((tmp_path / "finance.gz").read_bytes()).endswith(b"Total_Units\t9\n")
    assert written == report.bytes_received


@pytest.mark.anyio
@pytest.mark.vcr("sales_no_sales.yaml")
async def test_q12_async_no_sales_is_empty_and_other_404_raises(async_asc: AsyncAppStoreConnect) -> None:
    async with async_sales_report(async_asc, **_sales_on("2024-01-06")) as report:
        assert report.no_sales
        assert [row async for row in report] == []

    with pytest.raises(NotFoundError, match="not available yet"):
        async with async_sales_report(async_asc, **_sales_on("2024-01-07")):
            pytest.fail("a 404 other than 'no sales' must not give a report")
