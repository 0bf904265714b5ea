"""Sales reports (gzip TSV, Q12) and analytics reports (Q10, Q11, presigned segment files)."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from typing import Any

import httpx
import pytest

from app_store_connect.sandbox import Sandbox

SALES_HEADER = (
    "Provider\tProvider Country\tSKU\tDeveloper\tTitle\tVersion\tProduct Type Identifier\tUnits\t"
    "Developer Proceeds\tBegin Date\tEnd Date\tCustomer Currency\tCountry Code\tCurrency of Proceeds\t"
    "Apple Identifier\tCustomer Price\tPromo Code\tParent Identifier\tSubscription\tPeriod\tCategory\tCMB\t"
    "Device\tSupported Platforms\tProceeds Reason\tPreserved Pricing\tClient\tOrder Type"
)


def sales(client: httpx.Client, sandbox: Sandbox, **filters: str) -> httpx.Response:
    params = {
        "filter[vendorNumber]": sandbox.vendor_number,
        "filter[reportType]": "SALES",
        "filter[reportSubType]": "SUMMARY",
        "filter[frequency]": "DAILY",
    }
    params.update({f"filter[{name}]": value for name, value in filters.items()})
    return client.get("/v1/salesReports", params=params)


def test_sales_summary_is_gzip_tsv_with_apples_columns(sandbox: Sandbox, client: httpx.Client) -> None:
    response = sales(client, sandbox, reportDate="2025-06-01", version="1_1")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/a-gzip"
    text = gzip.decompress(response.content).decode()
    lines = text.splitlines()
    assert lines[0] == SALES_HEADER
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert rows
    assert {row["Begin Date"] for row in rows} == {"06/01/2025"}
    assert {row["Promo Code"] for row in rows} == {" "}  # blanks are a single space
    assert sales(client, sandbox, reportDate="2025-06-01", version="1_1").content == response.content


def test_monthly_and_yearly_reports_take_shorter_dates(sandbox: Sandbox, client: httpx.Client) -> None:
    monthly = sales(client, sandbox, frequency="MONTHLY", reportDate="2025-02")
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(monthly.content).decode()), delimiter="\t"))
    assert {(row["Begin Date"], row["End Date"]) for row in rows} == {("02/01/2025", "02/28/2025")}
    assert sales(client, sandbox, frequency="YEARLY", reportDate="2024").status_code == 200
    wrong = sales(client, sandbox, frequency="MONTHLY", reportDate="2025-02-01")
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["source"] == {"parameter": "filter[reportDate]"}


def test_a_date_without_sales_answers_404(sandbox: Sandbox, client: httpx.Client) -> None:
    response = sales(client, sandbox, reportDate="2023-12-31")
    assert response.status_code == 404
    assert response.json()["errors"][0]["detail"] == "There were no sales for the date specified."


@pytest.mark.parametrize(
    ("filters", "code", "parameter"),
    [
        ({"version": "1_9"}, "PARAMETER_ERROR.INVALID", "filter[version]"),
        ({"reportType": "GAMES"}, "PARAMETER_ERROR.INVALID", "filter[reportType]"),
        ({"frequency": ""}, "PARAMETER_ERROR.REQUIRED", "filter[frequency]"),
        ({"vendorNumber": "1"}, "PARAMETER_ERROR.INVALID", "filter[vendorNumber]"),
        ({"colour": "blue"}, "PARAMETER_ERROR.ILLEGAL", "filter[colour]"),
    ],
)
def test_sales_parameters_are_validated_like_apple(
    sandbox: Sandbox, client: httpx.Client, filters: dict[str, str], code: str, parameter: str
) -> None:
    response = sales(client, sandbox, **filters)
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert (error["code"], error["source"]) == (code, {"parameter": parameter})
    if parameter == "filter[version]":
        assert error["detail"].endswith("The latest version for this report is 1_1.")


def _walk_to_segments(client: httpx.Client, request_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    reports = client.get(f"/v1/analyticsReportRequests/{request_id}/reports?filter[category]=COMMERCE").json()
    report = next(item for item in reports["data"] if item["attributes"]["name"] == "App Downloads Detailed")
    instances = client.get(report["relationships"]["instances"]["links"]["related"]).json()["data"]
    segments = [
        client.get(f"/v1/analyticsReportInstances/{item['id']}/segments").json() for item in instances
    ]
    return report, [segment["data"][0] for segment in segments]


def test_analytics_segments_are_presigned_gzip_files(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    requests = client.get(f"/v1/apps/{sandbox.app_ids[0]}/analyticsReportRequests").json()["data"]
    assert [item["attributes"]["accessType"] for item in requests] == ["ONGOING"]
    _, segments = _walk_to_segments(client, requests[0]["id"])
    assert len(segments) == 14
    segment = segments[-1]["attributes"]
    assert segment["url"].startswith(sandbox.presigned_base_url)
    download = plain.get(segment["url"])  # no Authorization: presigned URLs carry their own
    assert download.status_code == 200
    assert hashlib.md5(download.content).hexdigest() == segment["checksum"]
    assert len(download.content) == segment["sizeInBytes"]
    header = gzip.decompress(download.content).decode().splitlines()[0].split("\t")
    assert header[:4] == ["Date", "App Apple Identifier", "Counts", "Processing Date"]
    refused = plain.get(segment["url"], headers={"Authorization": "Bearer token"})
    assert refused.status_code == 400  # Q13: a second authentication mechanism
    assert "<Code>InvalidArgument</Code>" in refused.text
    tampered = plain.get(segment["url"].replace("X-Amz-Expires=300", "X-Amz-Expires=9999"))
    assert tampered.status_code == 403


def test_analytics_instances_restate_earlier_days(
    sandbox: Sandbox, client: httpx.Client, plain: httpx.Client
) -> None:
    request_id = sandbox.ids("analyticsReportRequests", app=sandbox.app_ids[0])[0]
    _, segments = _walk_to_segments(client, request_id)
    latest: dict[tuple[str, ...], tuple[str, int]] = {}
    summed = 0
    for segment in segments:
        text = gzip.decompress(plain.get(segment["attributes"]["url"]).content).decode()
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            key = (row["Date"], row["Territory"], row["Device"])
            summed += int(row["Counts"])
            if key not in latest or row["Processing Date"] > latest[key][0]:
                latest[key] = (row["Processing Date"], int(row["Counts"]))
    merged = sum(count for _, count in latest.values())
    assert len({date for date, *_ in latest}) == 19  # 14 processing days restate 6 days each
    assert summed > 3 * merged  # Q11: summing every instance overcounts


def test_a_second_ongoing_request_is_a_conflict(sandbox: Sandbox, client: httpx.Client) -> None:
    def create(app_id: str, access_type: str = "ONGOING") -> httpx.Response:
        relationship = {"app": {"data": {"type": "apps", "id": app_id}}}
        body = {
            "data": {
                "type": "analyticsReportRequests",
                "attributes": {"accessType": access_type},
                "relationships": relationship,
            }
        }
        return client.post("/v1/analyticsReportRequests", json=body)

    conflict = create(sandbox.app_ids[0])
    assert conflict.status_code == 409
    assert conflict.json()["errors"][0]["detail"] == "You already have such an entity"
    created = create(sandbox.app_ids[1], "ONE_TIME_SNAPSHOT")
    assert created.status_code == 201
    assert created.json()["data"]["attributes"] == {
        "accessType": "ONE_TIME_SNAPSHOT",
        "stoppedDueToInactivity": False,
    }
    unknown = create(
        "404"
    )  # Apple answers 409, not 404, for an unknown id in a body (microsoft/asconnect PR 47)
    assert unknown.status_code == 409
    error = unknown.json()["errors"][0]
    assert error["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID"
    assert error["source"] == {"pointer": "/data/relationships/app"}
    unwrapped = client.post("/v1/analyticsReportRequests", json={"type": "analyticsReportRequests"})
    assert unwrapped.status_code == 422
    error = unwrapped.json()["errors"][0]
    assert error["code"] == "ENTITY_UNPROCESSABLE"
    assert set(error["meta"]["position"]) == {"row", "column"}
    assert client.delete(f"/v1/analyticsReportRequests/{created.json()['data']['id']}").status_code == 204
