"""`asc apps`, `asc builds` and `asc get` end to end against the sandbox."""

from __future__ import annotations

import gzip
import json

from cli_support import run_asc, stdout_json
from click.testing import CliRunner, Result

from app_store_connect.cli import ExitCode, asc
from app_store_connect.sandbox import Sandbox

SEEDED = Sandbox()  # not started: the same seed gives the same account in every sandbox
APP = SEEDED.app_ids[0]  # 223 in-app purchases (as in Q1)
IAPS = f"/v1/apps/{APP}/inAppPurchasesV2"


def invoke(*args: str) -> Result:
    """`asc --sandbox ARGS` in this process."""
    return CliRunner().invoke(asc, ["--sandbox", *args])


def test_main_job_lists_the_seeded_apps() -> None:
    result = run_asc("--sandbox", "apps", "--output", "table")

    assert result.returncode == ExitCode.OK, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["id", "name", "bundleId", "sku", "primaryLocale"]
    assert [line.split()[0] for line in lines] == list(SEEDED.app_ids)
    assert "Trailhead for Mac" in lines[1]


def test_get_all_returns_every_in_app_purchase_once() -> None:
    document = stdout_json(run_asc("--sandbox", "get", IAPS, "--all"))

    ids = [item["id"] for item in document["data"]]
    assert sorted(ids) == sorted(SEEDED.ids("inAppPurchases", app=APP))
    assert document["meta"]["pages"] == 2  # limit=200, the largest the operation allows


def test_q1_q6_q7_get_all_with_faults_still_returns_every_item() -> None:
    # Small pages make many requests: every 5th fails with a 502/500/504 page or a 429 (retried by the
    # transport), and once `total` is reached the sandbox keeps linking empty pages (stopped by a guard).
    result = run_asc("--sandbox", "--sandbox-quirks", "q1,q6,q7", "get", IAPS, "--all", "-p", "limit=20")

    document = stdout_json(result)
    ids = [item["id"] for item in document["data"]]
    assert sorted(ids) == sorted(SEEDED.ids("inAppPurchases", app=APP))
    assert "(Q1)" in document["meta"]["stopped"]
    assert "stopped early" not in result.stderr  # the guard proved the listing complete: no warning


def test_q13_verbose_logs_requests_without_query_strings() -> None:
    result = invoke("-v", "--sandbox-quirks", "q6", "get", IAPS, "--all", "-p", "limit=50")

    assert result.exit_code == ExitCode.OK, result.stderr
    assert "asc: retrying GET http://127.0.0.1:" in result.stderr  # the library's request log is on
    assert "cursor=" not in result.stderr  # httpx's, which shows query strings, is not


def test_get_one_page_prints_the_document_as_received() -> None:
    document = json.loads(invoke("get", "/v1/apps", "-p", "limit=2", "-p", "fields[apps]=name,sku").stdout)

    assert len(document["data"]) == 2
    assert set(document["data"][0]["attributes"]) == {"name", "sku"}
    assert "cursor=" in document["links"]["next"]


def test_get_writes_a_body_that_is_not_json_as_received() -> None:
    params = {
        "filter[vendorNumber]": SEEDED.vendor_number,
        "filter[reportType]": "SALES",
        "filter[reportSubType]": "SUMMARY",
        "filter[frequency]": "DAILY",
        "filter[reportDate]": "2024-01-02",
    }
    args = [arg for name, value in params.items() for arg in ("-p", f"{name}={value}")]

    result = invoke("get", "/v1/salesReports", *args)

    assert result.exit_code == ExitCode.OK, result.stderr
    assert gzip.decompress(result.stdout_bytes).startswith(b"Provider\t")


def test_a_missing_resource_exits_4_with_one_line() -> None:
    result = run_asc("--sandbox", "get", "/v1/apps/1000000000")

    assert result.returncode == ExitCode.NOT_FOUND
    (line,) = result.stderr.splitlines()
    assert line.startswith("asc: error: 404 NOT_FOUND on GET http://127.0.0.1:")
    assert result.stdout == ""


def test_a_missing_resource_as_json_for_machines() -> None:
    result = invoke("--json", "get", "/v1/apps/1000000000")

    error = json.loads(result.stderr)["error"]
    assert (result.exit_code, error["exitCode"], error["status"]) == (4, 4, 404)
    assert error["code"] == "NOT_FOUND"


def test_get_all_needs_a_collection() -> None:
    result = invoke("get", f"/v1/apps/{APP}", "--all")

    assert result.exit_code == ExitCode.USAGE
    assert "--all needs a GET of a collection, and GET /v1/apps/{id} is not one" in result.stderr


def test_get_refuses_a_parameter_without_a_value() -> None:
    result = invoke("get", "/v1/apps", "-p", "limit")

    assert result.exit_code == ExitCode.USAGE
    assert "'limit' is not NAME=VALUE" in result.stderr


def test_builds_of_an_app_newest_first_with_their_app_version() -> None:
    result = invoke("builds", "--app", APP, "--json")

    assert result.exit_code == ExitCode.OK, result.stderr
    builds = json.loads(result.stdout)
    assert sorted(build["id"] for build in builds) == sorted(SEEDED.ids("builds", app=APP))
    uploaded = [build["uploadedDate"] for build in builds]
    assert uploaded == sorted(uploaded, reverse=True)
    assert {build["appVersion"] for build in builds} == {"1.0", "1.1", "2.0", "2.1"}


def test_max_items_stops_the_listing() -> None:
    result = invoke("builds", "--max-items", "3", "--output", "table")

    assert result.exit_code == ExitCode.OK, result.stderr
    assert len(result.stdout.splitlines()) == 1 + 3
