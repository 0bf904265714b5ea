"""End to end against the local sandbox: a real server, real tokens, a presigned host that refuses them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app_store_connect._client import AppStoreConnect
from app_store_connect._keys import ApiKey
from app_store_connect.reports import (
    analytics_instances,
    analytics_reports,
    analytics_rows,
    analytics_segments,
    ensure_report_request,
    finance_report,
    sales_report,
    segment_report,
)
from app_store_connect.sandbox import Host, Sandbox

NOT_DIMENSIONS = {"Counts", "Processing Date"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One seeded sandbox for the module."""
    with Sandbox(seed=0) as running:
        yield running


@pytest.fixture
def sandbox_asc(sandbox: Sandbox) -> Iterator[AppStoreConnect]:
    """A client holding the sandbox's demo team key."""
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
    with AppStoreConnect(key, base_url=sandbox.base_url) as client:
        yield client


def test_q12_sales_report_from_the_sandbox(sandbox: Sandbox, sandbox_asc: AppStoreConnect) -> None:
    with sales_report(
        sandbox_asc, vendor_number=sandbox.vendor_number, report_type="SALES", report_date="2024-01-02"
    ) as report:
        rows = list(report)

    assert rows and not report.no_sales
    assert all(row["Begin Date"] == "01/02/2024" for row in rows)
    assert " " not in {value for row in rows for value in row.values()}


def test_q12_finance_report_from_the_sandbox(sandbox: Sandbox, sandbox_asc: AppStoreConnect) -> None:
    with finance_report(sandbox_asc, vendor_number=sandbox.vendor_number, report_date="2025-02") as report:
        rows = list(report)

    assert rows and not report.no_sales
    assert report.trailer["Total_Rows"] == str(len(rows))  # the trailer is not a data row
    assert float(report.trailer["Total_Amount"]) == pytest.approx(
        sum(float(row["Extended Partner Share"]) for row in rows)
    )


def test_q10_q11_q13_analytics_end_to_end(sandbox: Sandbox, sandbox_asc: AppStoreConnect) -> None:
    app = sandbox.app_ids[0]
    request = ensure_report_request(sandbox_asc, app)
    assert ensure_report_request(sandbox_asc, app) == request  # Q10: reused, not created twice
    (report,) = analytics_reports(sandbox_asc, request, name="App Downloads Standard")

    merged = analytics_rows(sandbox_asc, report)
    summed = 0
    for instance in analytics_instances(sandbox_asc, report, granularity="DAILY"):
        for segment in analytics_segments(sandbox_asc, instance):
            with segment_report(sandbox_asc, segment) as rows:
                summed += sum(int(row["Counts"]) for row in rows)

    keys = [tuple(sorted((k, v) for k, v in row.items() if k not in NOT_DIMENSIONS)) for row in merged]
    assert len(keys) == len(set(keys))  # Q11: one row per (date, dimensions)
    assert 0 < sum(int(row["Counts"]) for row in merged) < summed  # restated days were not added up
    presigned = [seen for seen in sandbox.requests if seen.host is Host.PRESIGNED]
    assert presigned and all(seen.status == 200 for seen in presigned)
    assert all(seen.request.header("authorization") is None for seen in presigned)  # Q13
