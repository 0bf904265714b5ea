"""Sales and finance report arguments (Q12): per-type defaults, and refusals naming valid values."""

from __future__ import annotations

import datetime as dt

import pytest

from app_store_connect._errors import ConfigurationError
from app_store_connect.reports import (
    FinanceReportType,
    Frequency,
    ReportArgumentError,
    SalesReportSubType,
    SalesReportType,
    finance_report_query,
    sales_report_query,
)


def test_sales_defaults_fill_a_complete_query() -> None:
    query = sales_report_query(vendor_number="85123456", report_type="SALES", report_date=dt.date(2024, 1, 2))

    assert query.params() == {
        "filter[vendorNumber]": "85123456",
        "filter[reportType]": "SALES",
        "filter[reportSubType]": "SUMMARY",
        "filter[frequency]": "DAILY",
        "filter[version]": "1_0",
        "filter[reportDate]": "2024-01-02",
    }


def test_sales_without_date_asks_for_the_latest_report() -> None:
    query = sales_report_query(vendor_number=85123456, report_type=SalesReportType.SALES)

    assert "filter[reportDate]" not in query.params()


@pytest.mark.parametrize(
    ("report_type", "sub_type", "version"),
    [
        (SalesReportType.SUBSCRIPTION, SalesReportSubType.SUMMARY, "1_4"),
        (SalesReportType.SUBSCRIPTION_EVENT, SalesReportSubType.SUMMARY, "1_4"),
        (SalesReportType.SUBSCRIBER, SalesReportSubType.DETAILED, "1_4"),
        (SalesReportType.SUBSCRIPTION_OFFER_CODE_REDEMPTION, SalesReportSubType.SUMMARY, "1_0"),
    ],
)
def test_q12_per_type_default_versions(
    report_type: SalesReportType, sub_type: SalesReportSubType, version: str
) -> None:
    query = sales_report_query(vendor_number="1", report_type=report_type, report_date="2024-01-02")

    assert (query.report_sub_type, query.frequency, query.version) == (sub_type, Frequency.DAILY, version)


def test_q12_subscription_accepts_the_documented_1_3_too() -> None:
    query = sales_report_query(
        vendor_number="1", report_type="SUBSCRIPTION", report_date="2024-01-02", version="1_3"
    )

    assert query.version == "1_3"


@pytest.mark.parametrize(
    ("frequency", "given", "sent"),
    [
        ("MONTHLY", "2024-01", "2024-01"),
        ("YEARLY", "2023", "2023"),
        ("WEEKLY", "2024-01-07", "2024-01-07"),
        ("MONTHLY", dt.date(2024, 3, 31), "2024-03"),
        ("YEARLY", dt.date(2023, 6, 1), "2023"),
    ],
)
def test_q12_report_date_shape_follows_frequency(frequency: str, given: dt.date | str, sent: str) -> None:
    query = sales_report_query(vendor_number="1", report_type="SALES", frequency=frequency, report_date=given)

    assert query.params()["filter[reportDate]"] == sent


@pytest.mark.parametrize(
    ("frequency", "given", "expected"),
    [
        ("MONTHLY", "2024-01-15", "MONTHLY reports take report_date as YYYY-MM"),
        ("YEARLY", "2024-01", r"YEARLY reports take report_date as YYYY \(or"),
        ("DAILY", "2024-02-30", "DAILY reports take report_date as YYYY-MM-DD"),
        ("DAILY", "01/02/2024", "got '01/02/2024'"),
    ],
)
def test_q12_wrong_date_shape_is_refused(frequency: str, given: str, expected: str) -> None:
    with pytest.raises(ReportArgumentError, match=expected):
        sales_report_query(vendor_number="1", report_type="SALES", frequency=frequency, report_date=given)


def test_unknown_report_type_names_the_valid_ones() -> None:
    with pytest.raises(ReportArgumentError, match=r"report_type 'SALE' is not one of SALES, PRE_ORDER, .*"):
        sales_report_query(vendor_number="1", report_type="SALE")


def test_wrong_combination_names_the_valid_frequencies() -> None:
    with pytest.raises(
        ReportArgumentError,
        match=r"SUBSCRIPTION SUMMARY reports do not take frequency WEEKLY; valid: DAILY",
    ):
        sales_report_query(
            vendor_number="1", report_type="SUBSCRIPTION", frequency="WEEKLY", report_date="2024-01"
        )


def test_wrong_sub_type_names_the_valid_ones() -> None:
    with pytest.raises(
        ReportArgumentError, match=r"SALES reports do not take report_sub_type DETAILED; valid: SUMMARY"
    ):
        sales_report_query(vendor_number="1", report_type="SALES", report_sub_type="DETAILED")


def test_ambiguous_sub_type_must_be_chosen() -> None:
    with pytest.raises(
        ReportArgumentError, match=r"INSTALLS reports need report_sub_type: one of SUMMARY, DETAILED"
    ):
        sales_report_query(vendor_number="1", report_type="INSTALLS", report_date="2024")


def test_single_valid_frequency_is_the_default() -> None:
    query = sales_report_query(
        vendor_number="1", report_type="INSTALLS", report_sub_type="SUMMARY", report_date="2024-01"
    )

    assert (query.frequency, query.version) == (Frequency.MONTHLY, "1_2")


def test_q12_dead_version_is_refused_with_the_live_ones() -> None:
    with pytest.raises(ReportArgumentError, match=r"come in version 1_3, 1_4, not '1_2'"):
        sales_report_query(
            vendor_number="1", report_type="SUBSCRIBER", report_date="2024-01-02", version="1_2"
        )


def test_q12_subscription_family_needs_a_date() -> None:
    with pytest.raises(ReportArgumentError, match="SUBSCRIPTION_EVENT reports need a report_date"):
        sales_report_query(vendor_number="1", report_type="SUBSCRIPTION_EVENT")


def test_vendor_number_must_be_digits() -> None:
    with pytest.raises(ReportArgumentError, match="Payments and Financial Reports"):
        sales_report_query(vendor_number="acme", report_type="SALES")


def test_argument_errors_are_configuration_errors() -> None:
    assert issubclass(ReportArgumentError, ConfigurationError)


def test_q12_finance_detail_defaults_to_region_z1() -> None:
    query = finance_report_query(
        vendor_number="1", report_type="FINANCE_DETAIL", report_date=dt.date(2024, 2, 1)
    )

    assert query.params() == {
        "filter[vendorNumber]": "1",
        "filter[reportType]": "FINANCE_DETAIL",
        "filter[regionCode]": "Z1",
        "filter[reportDate]": "2024-02",
    }


def test_q12_finance_detail_refuses_other_regions() -> None:
    with pytest.raises(ReportArgumentError, match="only for region_code 'Z1', not 'US'"):
        finance_report_query(
            vendor_number="1",
            report_type=FinanceReportType.FINANCE_DETAIL,
            report_date="2024-02",
            region_code="US",
        )


def test_financial_defaults_to_all_regions_and_takes_a_region() -> None:
    assert finance_report_query(vendor_number="1", report_date="2024-02").region_code == "ZZ"
    assert (
        finance_report_query(vendor_number="1", report_date="2024-02", region_code="EU").region_code == "EU"
    )


@pytest.mark.parametrize("region", ["Z1", "usa", "u"])
def test_financial_refuses_bad_regions(region: str) -> None:
    with pytest.raises(ReportArgumentError, match=f"region_code '{region}' is not a FINANCIAL report region"):
        finance_report_query(vendor_number="1", report_date="2024-02", region_code=region)


def test_finance_date_is_a_fiscal_month() -> None:
    with pytest.raises(ReportArgumentError, match="take report_date as YYYY-MM"):
        finance_report_query(vendor_number="1", report_date="2024-02-01")


def test_misspelt_or_missing_argument_names_are_refused_not_ignored() -> None:
    with pytest.raises(
        ReportArgumentError, match=r"unknown argument frequncy: a sales report takes frequency, "
    ):
        sales_report_query(vendor_number="1", report_type="SALES", frequncy="MONTHLY")  # type: ignore[call-arg]
    with pytest.raises(ReportArgumentError, match=r"missing report_date: a finance report takes"):
        finance_report_query(vendor_number="1")  # type: ignore[call-arg]
