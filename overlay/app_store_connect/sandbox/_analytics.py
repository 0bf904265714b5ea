"""Analytics reports: report requests (Q10), their reports, daily instances that restate the previous
days (Q11), and segments whose gzip files are downloaded from the presigned host (Q13).
"""

from __future__ import annotations

import gzip
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from itertools import product

from ._context import Context
from ._http import Request, Response, json_response, state_error
from ._jsonapi import Query, resource_document
from ._routing import Router
from ._seed import Ids, stable_int
from ._store import Resource
from ._writes import parse_create

INSTANCE_DAYS = 14  # daily instances offered, the last one processed yesterday
RESTATED_DAYS = 6  # Q11: every instance restates the previous six days
SEGMENT_URL_SECONDS = 300
_TERRITORIES = ("US", "GB", "DE", "FR", "JP")
_DEVICES = ("iPhone", "iPad")
_EMPTY = '""'  # Apple's files write an empty value as two double quotes


@dataclass(frozen=True)
class _Report:
    name: str
    category: str
    columns: tuple[str, ...]


_APP_COLUMNS = ("Date", "App Name", "App Apple Identifier", "App Version", "Device", "Platform Version")
_DOWNLOAD_COLUMNS = (
    "Date",
    "App Apple Identifier",
    "Counts",
    "Processing Date",
    "App Name",
    "Download Type",
    "App Version",
    "Device",
    "Platform Version",
    "Source Type",
    "Source Info",
    "Campaign",
    "Page Type",
    "Page Title",
    "Pre-Order",
    "Territory",
)
_REPORTS = (
    _Report("App Downloads Standard", "COMMERCE", _DOWNLOAD_COLUMNS),
    _Report("App Downloads Detailed", "COMMERCE", _DOWNLOAD_COLUMNS),
    _Report(
        "App Sessions Standard",
        "APP_USAGE",
        (*_APP_COLUMNS, "Source Type", "Territory", "Sessions", "Total Session Duration", "Unique Devices"),
    ),
    _Report("App Crashes", "PERFORMANCE", (*_APP_COLUMNS, "Crashes", "Unique Devices")),
)
_DIMENSIONS = {
    "Download Type": ("First-time download", "Redownload", "Auto-update"),
    "App Version": ("2.0", "2.1"),
    "Platform Version": ("iOS 18.1", "iOS 18.3"),
    "Source Type": ("App Store search", "App Store browse", "App referrer", "Web referrer"),
    "Source Info": (_EMPTY,),
    "Campaign": (_EMPTY,),
    "Page Type": ("No page", "Product page", "Store sheet"),
    "Page Title": ("No page", "Default product page"),
    "Pre-Order": (_EMPTY,),
}
_MEASURES = {
    "Counts": 500,
    "Sessions": 900,
    "Total Session Duration": 40_000,
    "Unique Devices": 300,
    "Crashes": 20,
}


@dataclass(frozen=True)
class _File:
    """Where a segment's file is published, and how to write its rows."""

    key: str
    rows: Callable[[], bytes]


class Analytics:
    """The analytics side of one sandbox: creates requests with their reports, serves segment URLs."""

    def __init__(self, context: Context, ids: Ids) -> None:
        self._context = context
        self._ids = ids
        self._files: dict[str, _File] = {}
        context.observers["analyticsReportSegments"] = self._present

    def install(self, router: Router) -> None:
        """Add the write routes (reads are the generic JSON:API ones)."""
        router.add("POST", "/v1/analyticsReportRequests", self._create)
        router.add("DELETE", "/v1/analyticsReportRequests/{id}", self._delete)

    def add_request(self, app: Resource, access_type: str) -> Resource:
        """A report request for `app` with all its reports, instances and segments."""
        store = self._context.store
        request = store.add(
            Resource(
                "analyticsReportRequests",
                self._ids.uuid(),
                {"accessType": access_type, "stoppedDueToInactivity": False},
                {"app": app.id},
            )
        )
        yesterday = self._context.clock.today() - timedelta(days=1)
        for number, report in enumerate(_REPORTS, start=1):
            report_resource = store.add(
                Resource(
                    "analyticsReports",
                    f"r{number}-{request.id}",
                    {"name": report.name, "category": report.category},
                    {"request": request.id},
                )
            )
            for back in range(INSTANCE_DAYS - 1, -1, -1):
                processed = yesterday - timedelta(days=back)
                self._add_instance(report, report_resource, request, app, processed)
        return request

    def _add_instance(
        self, report: _Report, report_resource: Resource, request: Resource, app: Resource, processed: date
    ) -> None:
        store = self._context.store
        instance = store.add(
            Resource(
                "analyticsReportInstances",
                self._ids.uuid(),
                {"granularity": "DAILY", "processingDate": processed.isoformat()},
                {"report": report_resource.id},
            )
        )
        segment = store.add(
            Resource("analyticsReportSegments", self._ids.uuid(), {}, {"instance": instance.id})
        )
        slug = report.name.upper().replace(" ", "_")
        key = (
            f"reports/{app.id}/{slug}/DAILY/{request.attributes['accessType']}/"
            f"{processed:%Y%m%d}/{segment.id}/0.csv.gz"
        )
        self._files[segment.id] = _File(
            key, partial(segment_rows, report, app, processed, self._context.settings.seed)
        )

    def _present(self, segment: Resource) -> None:
        """Write a segment's file when it is first listed; its URL is presigned anew each time it is read
        and expires after five minutes, as Apple's do."""
        file = self._files[segment.id]
        if "checksum" not in segment.attributes:
            data = gzip.compress(file.rows(), mtime=0)
            self._context.presigned.publish(file.key, data)
            segment.attributes.update(
                checksum=hashlib.md5(data, usedforsecurity=False).hexdigest(), sizeInBytes=len(data)
            )
        segment.attributes["url"] = self._context.presigned.url("GET", file.key, SEGMENT_URL_SECONDS)

    def _create(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        body = parse_create(context, request)
        with context.store.locked():
            app = context.store.require("apps", body.linked("app"))
            access_type = body.attributes["accessType"]
            existing = context.store.where("analyticsReportRequests", app=app.id)
            if any(item.attributes["accessType"] == access_type for item in existing):
                raise state_error("You already have such an entity")  # Q10
            created = self.add_request(app, access_type)
        document = resource_document(context, request, created, Query())
        document["links"] = {"self": f"{context.base_url}/v1/analyticsReportRequests"}
        return json_response(document, 201)

    def _delete(self, context: Context, request: Request, params: dict[str, str]) -> Response:
        context.store.delete("analyticsReportRequests", params["id"])
        return Response(204, b"", None)


def segment_rows(report: _Report, app: Resource, processed: date, seed: int) -> bytes:
    """The tab-separated file of one instance: the six days before `processed`, restated (Q11).

    A day's numbers grow towards their final value with each later processing date, so merging rows by
    the latest processing date gives the truth and summing every instance overcounts.
    """
    lines = ["\t".join(report.columns)]
    for back in range(RESTATED_DAYS, 0, -1):
        day = processed - timedelta(days=back)
        share = 0.5 + 0.5 * back / RESTATED_DAYS
        for territory, device in product(_TERRITORIES, _DEVICES):
            draws = random.Random(stable_int(seed, report.name, app.id, day, territory, device))
            fixed = {
                "Date": day.isoformat(),
                "Processing Date": processed.isoformat(),
                "App Name": app.attributes["name"],
                "App Apple Identifier": app.id,
                "Territory": territory,
                "Device": device,
            }
            cells = []
            for column in report.columns:
                if column in fixed:
                    cells.append(fixed[column])
                elif column in _MEASURES:
                    cells.append(str(round(draws.randint(1, _MEASURES[column]) * share)))
                else:
                    cells.append(draws.choice(_DIMENSIONS[column]))
            lines.append("\t".join(cells))
    return ("\n".join(lines) + "\n").encode()
