"""Analytics reports: ensure a request (Q10), walk to segments, download (Q13) and merge (Q11).

Each step is a flow of the library's step engine (`.._steps`), run by thin sync and async functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypeVar
from urllib.parse import quote

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import AgreementsMissingError, ApiError
from .._steps import Flow, Request, async_run, pages, read, run
from ._analytics_types import (
    AccessType,
    AnalyticsReport,
    AnalyticsReportInstance,
    AnalyticsReportRequest,
    AnalyticsReportSegment,
    Granularity,
    ReportCategory,
)
from ._decode import Row
from ._download import Download, OverallProgress, Progress
from ._errors import AnalyticsRequestError, ReportArgumentError, ReportFormatError
from ._merge import InstanceMerger
from ._report import AsyncReport, Report, async_open_report, open_report
from ._sales import _choose

REQUESTS = "/v1/analyticsReportRequests"
_PAGE = {"limit": "200"}

R = TypeVar("R")

_ROLE_ADVICE = (
    "creating analytics report requests needs an API key with the Admin role; keys with the "
    "Sales and Reports or Finance role can only read existing requests and download their reports "
    "(Q10). Create the request once with an Admin key, then read reports with any of them"
)


def _id(resource: str | AnalyticsReportRequest | AnalyticsReport | AnalyticsReportInstance) -> str:
    return quote(resource if isinstance(resource, str) else resource.id, safe="")


def _day(value: dt.date | str | None, name: str) -> str | None:
    if value is None or isinstance(value, dt.date):
        return None if value is None else value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ReportArgumentError(
            f"{name} takes a date as YYYY-MM-DD or a datetime.date, got {value!r}"
        ) from None


def _resources(url: str, parse: Callable[[dict[str, Any]], R], items: list[dict[str, Any]]) -> list[R]:
    """Each item of `GET url` read by `parse`; one without the members it needs is a `ResponseFormatError`."""
    return [read(f"GET {url}", parse, item) for item in items]


def _requests_flow(app_id: str, access_type: AccessType) -> Flow[list[AnalyticsReportRequest]]:
    params = {**_PAGE, "filter[accessType]": access_type.value}
    url = f"/v1/apps/{quote(app_id, safe='')}/analyticsReportRequests"
    requests = _resources(url, AnalyticsReportRequest.from_json, (yield from pages(url, params)))
    return sorted(requests, key=lambda request: request.stopped_due_to_inactivity)  # active ones first


def _ensure_flow(app_id: str, access_type: AccessType) -> Flow[AnalyticsReportRequest]:
    existing = yield from _requests_flow(app_id, access_type)
    if existing:
        return existing[0]
    body = {
        "data": {
            "type": "analyticsReportRequests",
            "attributes": {"accessType": access_type.value},
            "relationships": {"app": {"data": {"type": "apps", "id": app_id}}},
        }
    }
    try:
        document = yield Request("POST", REQUESTS, json=body)
    except ApiError as error:
        if error.status_code == 409:  # Q10: "You already have such an entity": find it
            existing = yield from _requests_flow(app_id, access_type)
            if existing:
                return existing[0]
            raise AnalyticsRequestError(
                f"Apple says a {access_type} analytics report request exists for app {app_id} (409) but "
                "does not list it: a known ghost of ONE_TIME_SNAPSHOT requests (Q10); use an ONGOING "
                "request, or try again later"
            ) from error
        if error.status_code in (403, 405) and not isinstance(error, AgreementsMissingError):
            raise AnalyticsRequestError(
                f"Apple refused to create the request ({error.status_code}): {_ROLE_ADVICE}"
            ) from error
        raise
    return read(
        f"POST {REQUESTS}", lambda created: AnalyticsReportRequest.from_json(created["data"]), document
    )


def _reports_flow(request_id: str, category: str | None, name: str | None) -> Flow[list[AnalyticsReport]]:
    params = dict(_PAGE)
    if category is not None:
        params["filter[category]"] = _choose(ReportCategory, category, "category").value
    if name is not None:
        params["filter[name]"] = name
    url = f"{REQUESTS}/{request_id}/reports"
    return _resources(url, AnalyticsReport.from_json, (yield from pages(url, params)))


def _instances_flow(
    report_id: str, granularity: str | None, first: str | None, last: str | None
) -> Flow[list[AnalyticsReportInstance]]:
    params = dict(_PAGE)
    if granularity is not None:
        params["filter[granularity]"] = _choose(Granularity, granularity, "granularity").value
    url = f"/v1/analyticsReports/{report_id}/instances"
    instances = _resources(url, AnalyticsReportInstance.from_json, (yield from pages(url, params)))
    return sorted(
        (i for i in instances if (first or "") <= i.processing_date <= (last or "9999")),
        key=lambda instance: instance.processing_date,
    )


def _segments_flow(instance_id: str) -> Flow[list[AnalyticsReportSegment]]:
    url = f"/v1/analyticsReportInstances/{instance_id}/segments"
    return _resources(url, AnalyticsReportSegment.from_json, (yield from pages(url, _PAGE)))


def _segment_download(segment: AnalyticsReportSegment, progress: Progress | None) -> Download:
    if not segment.url.startswith(("https://", "http://")):
        raise ReportFormatError(f"segment {segment.id} has no download url ({segment.url!r}); list it again")
    return Download(size=segment.size_in_bytes, checksum=segment.checksum, quoted=True, progress=progress)


def ensure_report_request(
    asc: AppStoreConnect, app_id: str, access_type: AccessType | str = AccessType.ONGOING
) -> AnalyticsReportRequest:
    """The app's analytics report request of this access type: an existing one, else a new one (Q10).

    A 409 on creation means it exists, so it is looked up; 403/405 mean the key's role cannot
    create requests (`AnalyticsRequestError` says which role can). A request Apple stopped for
    inactivity is returned as is (`stopped_due_to_inactivity`): delete it to start again.
    """
    return run(asc, _ensure_flow(app_id, _choose(AccessType, access_type, "access_type")))


def analytics_reports(
    asc: AppStoreConnect,
    request: AnalyticsReportRequest | str,
    *,
    category: ReportCategory | str | None = None,
    name: str | None = None,
) -> list[AnalyticsReport]:
    """The reports of a request, optionally only one category or one exact name."""
    return run(asc, _reports_flow(_id(request), category, name))


def analytics_instances(
    asc: AppStoreConnect,
    report: AnalyticsReport | str,
    *,
    granularity: Granularity | str | None = None,
    processed_from: dt.date | str | None = None,
    processed_to: dt.date | str | None = None,
) -> list[AnalyticsReportInstance]:
    """A report's instances, oldest first, optionally of one granularity and processing-date range."""
    first, last = _day(processed_from, "processed_from"), _day(processed_to, "processed_to")
    return run(asc, _instances_flow(_id(report), granularity, first, last))


def analytics_segments(
    asc: AppStoreConnect, instance: AnalyticsReportInstance | str
) -> list[AnalyticsReportSegment]:
    """The segments (files) of one instance; all of them make up its data."""
    return run(asc, _segments_flow(_id(instance)))


@contextmanager
def segment_report(
    asc: AppStoreConnect, segment: AnalyticsReportSegment, *, progress: Progress | None = None
) -> Iterator[Report]:
    """Download one segment as a `Report`, checked against its size and checksum.

    Q13: the URL is presigned on another host, so the client sends it no API token.
    """
    with open_report(asc, segment.url, _segment_download(segment, progress)) as report:
        yield report


def analytics_rows(
    asc: AppStoreConnect,
    report: AnalyticsReport | str,
    *,
    granularity: Granularity | str = Granularity.DAILY,
    processed_from: dt.date | str | None = None,
    processed_to: dt.date | str | None = None,
    progress: Progress | None = None,
) -> list[Row]:
    """All rows of a report's instances in the range, merged so restated days count once (Q11).

    `progress` hears the bytes downloaded so far across all segments, and their total.
    """
    instances = analytics_instances(
        asc, report, granularity=granularity, processed_from=processed_from, processed_to=processed_to
    )
    plan = [(instance, analytics_segments(asc, instance)) for instance in instances]
    overall = OverallProgress(
        progress, [segment.size_in_bytes for _, segments in plan for segment in segments]
    )
    merger: InstanceMerger[Row] = InstanceMerger()
    for instance, segments in plan:
        for segment in segments:
            with segment_report(asc, segment, progress=overall.part()) as rows:
                merger.add(instance.id, instance.processing_date, rows)
    return merger.rows()


async def async_ensure_report_request(
    asc: AsyncAppStoreConnect, app_id: str, access_type: AccessType | str = AccessType.ONGOING
) -> AnalyticsReportRequest:
    """The async twin of `ensure_report_request`."""
    return await async_run(asc, _ensure_flow(app_id, _choose(AccessType, access_type, "access_type")))


async def async_analytics_reports(
    asc: AsyncAppStoreConnect,
    request: AnalyticsReportRequest | str,
    *,
    category: ReportCategory | str | None = None,
    name: str | None = None,
) -> list[AnalyticsReport]:
    """The async twin of `analytics_reports`."""
    return await async_run(asc, _reports_flow(_id(request), category, name))


async def async_analytics_instances(
    asc: AsyncAppStoreConnect,
    report: AnalyticsReport | str,
    *,
    granularity: Granularity | str | None = None,
    processed_from: dt.date | str | None = None,
    processed_to: dt.date | str | None = None,
) -> list[AnalyticsReportInstance]:
    """The async twin of `analytics_instances`."""
    first, last = _day(processed_from, "processed_from"), _day(processed_to, "processed_to")
    return await async_run(asc, _instances_flow(_id(report), granularity, first, last))


async def async_analytics_segments(
    asc: AsyncAppStoreConnect, instance: AnalyticsReportInstance | str
) -> list[AnalyticsReportSegment]:
    """The async twin of `analytics_segments`."""
    return await async_run(asc, _segments_flow(_id(instance)))


@asynccontextmanager
async def async_segment_report(
    asc: AsyncAppStoreConnect, segment: AnalyticsReportSegment, *, progress: Progress | None = None
) -> AsyncIterator[AsyncReport]:
    """The async twin of `segment_report` (no API token to the presigned host, Q13)."""
    async with async_open_report(asc, segment.url, _segment_download(segment, progress)) as report:
        yield report


async def async_analytics_rows(
    asc: AsyncAppStoreConnect,
    report: AnalyticsReport | str,
    *,
    granularity: Granularity | str = Granularity.DAILY,
    processed_from: dt.date | str | None = None,
    processed_to: dt.date | str | None = None,
    progress: Progress | None = None,
) -> list[Row]:
    """The async twin of `analytics_rows`."""
    instances = await async_analytics_instances(
        asc, report, granularity=granularity, processed_from=processed_from, processed_to=processed_to
    )
    plan = [(instance, await async_analytics_segments(asc, instance)) for instance in instances]
    overall = OverallProgress(
        progress, [segment.size_in_bytes for _, segments in plan for segment in segments]
    )
    merger: InstanceMerger[Row] = InstanceMerger()
    for instance, segments in plan:
        for segment in segments:
            async with async_segment_report(asc, segment, progress=overall.part()) as rows:
                merger.add(instance.id, instance.processing_date, [row async for row in rows])
    return merger.rows()
