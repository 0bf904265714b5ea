"""Analytics reports over the wire: ensure a request (Q10), walk, presigned downloads (Q13), merge (Q11)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from doubles import API_HOST, SentLog

from app_store_connect._client import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect._errors import ForbiddenError
from app_store_connect.reports import (
    AnalyticsRequestError,
    ChecksumMismatchError,
    ReportArgumentError,
    analytics_instances,
    analytics_reports,
    analytics_rows,
    analytics_segments,
    async_analytics_reports,
    async_analytics_rows,
    async_ensure_report_request,
    ensure_report_request,
    segment_report,
)

APP = "6400000001"
REQUEST = "d48c69c5-9bcb-4592-abbd-08a9411b0231"
REPORT = f"r3-{REQUEST}"
S3_HOST = "asp-us-west-2.s3.us-west-2.amazonaws.com"


def _total(rows: list[dict[str, str]]) -> int:
    return sum(int(row["Counts"]) for row in rows)


@pytest.mark.vcr("analytics_request_existing.yaml")
def test_q10_existing_ongoing_request_is_reused_active_first(asc: AppStoreConnect, sent: SentLog) -> None:
    request = ensure_report_request(asc, APP)

    assert request.id == "A157dd7a-4fe2-479b-8d25-a8e4228c5b81"
    assert not request.stopped_due_to_inactivity
    assert [r.method for r in sent.requests] == ["GET"]


@pytest.mark.vcr("analytics_request_created.yaml")
def test_q10_missing_request_is_created(asc: AppStoreConnect, sent: SentLog) -> None:
    request = ensure_report_request(asc, APP, "ONGOING")

    assert (request.id, request.access_type) == (REQUEST, "ONGOING")
    posted = sent.requests[-1]
    assert posted.method == "POST"
    # Q10: without the `data` wrapper Apple answers 422.
    assert json.loads(posted.content) == {
        "data": {
            "type": "analyticsReportRequests",
            "attributes": {"accessType": "ONGOING"},
            "relationships": {"app": {"data": {"type": "apps", "id": APP}}},
        }
    }


@pytest.mark.vcr("analytics_request_409.yaml")
def test_q10_409_means_it_exists_and_it_is_found(asc: AppStoreConnect, sent: SentLog) -> None:
    request = ensure_report_request(asc, APP)

    assert request.id == REQUEST
    assert [r.method for r in sent.requests] == ["GET", "POST", "GET"]


@pytest.mark.vcr("analytics_request_ghost.yaml")
def test_q10_ghost_snapshot_request_is_explained(asc: AppStoreConnect) -> None:
    with pytest.raises(AnalyticsRequestError, match=r"exists .* but does not list it: a known ghost"):
        ensure_report_request(asc, APP, "ONE_TIME_SNAPSHOT")


@pytest.mark.vcr("analytics_request_forbidden.yaml")
def test_q10_403_and_405_are_explained_as_the_keys_role(asc: AppStoreConnect) -> None:
    with pytest.raises(
        AnalyticsRequestError, match=r"refused to create the request \(403\): .*Admin role"
    ) as err:
        ensure_report_request(asc, APP)
    assert isinstance(err.value.__cause__, ForbiddenError)

    with pytest.raises(
        AnalyticsRequestError, match=r"\(405\): creating analytics report requests needs .*Admin"
    ):
        ensure_report_request(asc, APP)


def test_q10_unknown_access_type_is_refused_before_any_request(asc: AppStoreConnect, sent: SentLog) -> None:
    with pytest.raises(
        ReportArgumentError, match="access_type 'DAILY' is not one of ONGOING, ONE_TIME_SNAPSHOT"
    ):
        ensure_report_request(asc, APP, "DAILY")

    assert sent.requests == []


@pytest.mark.vcr("analytics_walk.yaml")
def test_q11_q13_walk_download_and_merge(asc: AppStoreConnect, sent: SentLog) -> None:
    progress: list[tuple[int, int | None]] = []

    (report,) = analytics_reports(asc, REQUEST, name="App Downloads Detailed")
    rows = analytics_rows(asc, report, progress=lambda done, total: progress.append((done, total)))

    assert (report.name, report.category) == ("App Downloads Detailed", "COMMERCE")
    # Q11: 2025-01-07 is restated by the newer instance: counted once, from it (617), not summed (1223).
    assert [(row["Date"], row["Territory"], row["Counts"]) for row in rows] == [
        ("2025-01-07", "FR", "600"),
        ("2025-01-07", "SG", "17"),
        ("2025-01-08", "MX", "11"),
    ]
    assert _total(rows) == 628
    assert rows[0]["Campaign"] == "" and rows[1]["Source Info"] == "com.burbn.instagram"
    # Q13: the presigned host never sees the API token; the API always does.
    assert sent.authorization_by_host() == {API_HOST: {"Bearer"}, S3_HOST: {None}}
    # Progress runs across both segments up to their announced total size.
    total = progress[-1][1]
    assert total is not None and progress[-1] == (total, total)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


@pytest.mark.vcr("analytics_walk.yaml")
def test_q11_instances_follow_next_links_and_filter_by_processing_date(asc: AppStoreConnect) -> None:
    instances = analytics_instances(asc, REPORT, granularity="DAILY", processed_from="2025-01-09")

    assert [(i.processing_date, i.granularity) for i in instances] == [("2025-01-09", "DAILY")]


@pytest.mark.vcr("analytics_walk.yaml")
def test_q13_segment_checksum_mismatch_is_an_error(asc: AppStoreConnect) -> None:
    instances = analytics_instances(asc, REPORT, granularity="DAILY")
    (segment,) = analytics_segments(asc, instances[0])
    assert segment.checksum is not None and segment.size_in_bytes is not None

    wrong = dataclasses.replace(segment, checksum="0" * 32)
    with segment_report(asc, wrong) as report, pytest.raises(ChecksumMismatchError, match=r"announced 0{32}"):
        list(report)


@pytest.mark.vcr("analytics_walk.yaml")
def test_q13_segment_size_mismatch_is_an_error(asc: AppStoreConnect) -> None:
    (segment,) = analytics_segments(asc, analytics_instances(asc, REPORT, granularity="DAILY")[0])
    assert segment.size_in_bytes is not None

    longer = dataclasses.replace(segment, size_in_bytes=segment.size_in_bytes + 1)
    with segment_report(asc, longer) as report, pytest.raises(ChecksumMismatchError, match="cut short"):
        list(report)


def test_bad_granularity_and_dates_are_refused(asc: AppStoreConnect) -> None:
    with pytest.raises(
        ReportArgumentError, match="granularity 'HOURLY' is not one of DAILY, WEEKLY, MONTHLY"
    ):
        analytics_instances(asc, REPORT, granularity="HOURLY")
    with pytest.raises(ReportArgumentError, match="processed_to takes a date as YYYY-MM-DD"):
        analytics_instances(asc, REPORT, processed_to="yesterday")
    with pytest.raises(ReportArgumentError, match="category 'SALES' is not one of APP_USAGE"):
        analytics_reports(asc, REQUEST, category="SALES")


@pytest.mark.anyio
@pytest.mark.vcr("analytics_request_409.yaml")
async def test_q10_async_409_means_it_exists(async_asc: AsyncAppStoreConnect) -> None:
    request = await async_ensure_report_request(async_asc, APP)

    assert request.id == REQUEST


@pytest.mark.anyio
@pytest.mark.vcr("analytics_walk.yaml")
async def test_q11_q13_async_walk_download_and_merge(async_asc: AsyncAppStoreConnect, sent: SentLog) -> None:
    (report,) = await async_analytics_reports(async_asc, REQUEST, name="App Downloads Detailed")
    rows = await async_analytics_rows(async_asc, report)

    assert _total(rows) == 628
    assert [row["Processing Date"] for row in rows] == ["2025-01-09"] * 3
    assert sent.authorization_by_host() == {API_HOST: {"Bearer"}, S3_HOST: {None}}
