"""Every real report file in ../shared parses, gzipped the way Apple sends it (Q12), with exact values."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from report_support import DecodeAll

ReadFixture = Callable[[str], bytes]

SALES = "appstoresdkgo__salesReports-SALES-SUMMARY__1.tsv"
PRE_ORDER = "appstoresdkgo__salesReports-PRE_ORDER-SUMMARY__1.tsv"
SUBSCRIPTION = "appstoresdkgo__salesReports-SUBSCRIPTION-SUMMARY__1.tsv"
SUBSCRIPTION_EVENT = "appstoresdkgo__salesReports-SUBSCRIPTION_EVENT-SUMMARY__1.tsv"
SUBSCRIBER = "appstoresdkgo__salesReports-SUBSCRIBER-DETAILED__1.tsv"
FINANCIAL = "appstoresdkgo__financeReports-FINANCIAL__1.tsv"
ANALYTICS = "ingestr__analyticsReportSegment-app-downloads-detailed__1.tsv"

EXPECTED_ROWS = {
    SALES: (46, 28),
    PRE_ORDER: (2, 17),
    SUBSCRIPTION: (49, 28),
    SUBSCRIPTION_EVENT: (49, 28),
    SUBSCRIBER: (48, 26),
    FINANCIAL: (2, 22),
    ANALYTICS: (3, 16),
}


def test_every_report_file_in_shared_is_covered(shared_fixtures: Path) -> None:
    on_disk = {path.name for path in shared_fixtures.glob("*.tsv")} - {"INDEX.tsv"}

    assert on_disk == set(EXPECTED_ROWS)


@pytest.mark.parametrize("name", sorted(EXPECTED_ROWS))
def test_q12_report_file_row_and_column_counts(
    name: str, report_fixture: ReadFixture, decode_all: DecodeAll
) -> None:
    rows, decoder = decode_all(gzip.compress(report_fixture(name)), chunk=509, quoted=name == ANALYTICS)

    assert (len(rows), len(decoder.fieldnames or ())) == EXPECTED_ROWS[name]
    assert all(" " not in row.values() for row in rows)


def test_q12_sales_summary_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, decoder = decode_all(gzip.compress(report_fixture(SALES)))

    assert decoder.fieldnames is not None and decoder.fieldnames[-1] == "Order Type"
    assert sum(int(row["Units"]) for row in rows) == 716
    # Q12: Developer Proceeds is per unit, so proceeds are units x proceeds, not the column's sum.
    assert sum(Decimal(row["Units"]) * Decimal(row["Developer Proceeds"]) for row in rows) == Decimal(
        "50425.25"
    )
    assert (
        rows[0]["Developer"] == "" and rows[0]["Subscription"] == "Renewal" and rows[0]["Period"] == "7 Days"
    )
    assert rows[-1]["Country Code"] == "LU" and rows[-1]["Currency of Proceeds"] == ""
    assert decoder.trailer == {}


def test_q12_pre_order_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, _ = decode_all(gzip.compress(report_fixture(PRE_ORDER)))

    assert [(row["Title"], row["Country Code"], row["Ordered"]) for row in rows] == [
        ("Foo", "RU", "10.2"),
        ("Bar", "KE", "10.1"),
    ]


def test_q12_subscription_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, _ = decode_all(gzip.compress(report_fixture(SUBSCRIPTION)))

    assert sum(int(row["Active Standard Price Subscriptions"]) for row in rows) == 290
    assert rows[3]["State"] == "Lagos" and rows[0]["State"] == ""
    assert rows[4]["Preserved Pricing"] == "Yes" and rows[4]["Customer Currency"] == "KZT"


def test_q12_subscription_event_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, _ = decode_all(gzip.compress(report_fixture(SUBSCRIPTION_EVENT)))

    assert sum(int(row["Quantity"]) for row in rows) == 120
    assert (
        rows[4]["Event"] == "Canceled from Billing Retry"
        and rows[4]["Cancellation Reason"] == "Billing issue"
    )
    assert rows[0]["Consecutive Paid Periods"] == "11" and rows[0]["Promotional Offer Name"] == ""


def test_q12_subscriber_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, _ = decode_all(gzip.compress(report_fixture(SUBSCRIBER)))

    assert len({row["Subscriber ID"] for row in rows}) == 48
    assert rows[-1]["Subscriber ID"] == "1234567890047" and rows[-1]["Proceeds Currency"] == "RUB"


def test_q12_financial_trailer_is_not_a_data_row(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, decoder = decode_all(gzip.compress(report_fixture(FINANCIAL)))

    assert decoder.trailer == {"Total_Rows": "2", "Total_Amount": "34.65", "Total_Units": "6"}
    assert sum(Decimal(row["Extended Partner Share"]) for row in rows) == Decimal(
        decoder.trailer["Total_Amount"]
    )
    assert sum(int(row["Quantity"]) for row in rows) == int(decoder.trailer["Total_Units"])
    assert rows[1]["Partner Share"] == "6.30" and rows[1]["UPC"] == ""


def test_analytics_segment_values(report_fixture: ReadFixture, decode_all: DecodeAll) -> None:
    rows, _ = decode_all(gzip.compress(report_fixture(ANALYTICS)), quoted=True)

    assert sum(int(row["Counts"]) for row in rows) == 617
    assert rows[1]["Source Info"] == "com.burbn.instagram" and rows[0]["Source Info"] == ""
    assert {row["Processing Date"] for row in rows} == {"2025-01-08"}
    assert [row["Territory"] for row in rows] == ["FR", "SG", "MX"]
