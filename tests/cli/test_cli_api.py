"""`asc api METHOD PATH` and `asc ops`: every operation reachable, writes guarded, dry runs sent nowhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_asc, stdout_json
from click.testing import CliRunner, Result

from app_store_connect.cli import ExitCode, asc
from app_store_connect.cli._operations import find, named, operations
from app_store_connect.sandbox import Sandbox

SEEDED = Sandbox()  # not started: the same seed gives the same account in every sandbox
APP = SEEDED.app_ids[0]
REPORT_REQUEST = [
    "-f",
    "accessType=ONE_TIME_SNAPSHOT",
    "-f",
    f'data.relationships.app.data:={{"type": "apps", "id": "{APP}"}}',
]


def invoke(*args: str, stdin: str | None = None) -> Result:
    """`asc --sandbox ARGS` in this process (stdin is not a terminal)."""
    return CliRunner().invoke(asc, ["--sandbox", *args], input=stdin)


def test_every_operation_of_the_spec_is_reachable_by_its_method_and_a_concrete_path() -> None:
    listed = operations()
    assert len(listed) == 1263
    for operation in listed:
        concrete = operation.path.replace("{id}", "1234567890").replace("{", "x").replace("}", "")
        found = find(operation.method, concrete)
        assert found is not None and (found.method, found.path) == (operation.method, operation.path)


def test_api_get_one_page_prints_apples_document() -> None:
    result = invoke("api", "get", f"/v1/apps/{APP}", "-p", "fields[apps]=name")

    assert result.exit_code == ExitCode.OK, result.stderr
    document = json.loads(result.stdout)
    assert (document["data"]["id"], document["data"]["attributes"]["name"]) == (APP, "Trailhead")


def test_api_post_with_fields_builds_the_json_api_body_and_sends_it_with_yes() -> None:
    result = invoke("api", "POST", "/v1/analyticsReportRequests", *REPORT_REQUEST, "--yes")

    assert result.exit_code == ExitCode.OK, result.stderr
    created = json.loads(result.stdout)["data"]
    assert created["type"] == "analyticsReportRequests"
    assert created["attributes"]["accessType"] == "ONE_TIME_SNAPSHOT"


def test_a_write_without_yes_off_a_terminal_is_refused_and_not_sent() -> None:
    result = invoke("-v", "api", "DELETE", "/v1/analyticsReportRequests/abc")

    assert result.exit_code == ExitCode.USAGE
    assert "DELETE /v1/analyticsReportRequests/abc changes data: add --yes to send it" in result.stderr
    assert "-> " not in result.stderr  # -v logs every request: none was sent


def test_a_write_is_sent_after_a_yes_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app_store_connect.cli._api._stdin_is_terminal", lambda: True)
    answered_no = invoke("api", "POST", "/v1/analyticsReportRequests", *REPORT_REQUEST, stdin="n\n")
    answered_yes = invoke("api", "POST", "/v1/analyticsReportRequests", *REPORT_REQUEST, stdin="y\n")

    assert answered_no.exit_code == ExitCode.USAGE
    assert "was not sent" in answered_no.stderr
    assert answered_yes.exit_code == ExitCode.OK, answered_yes.stderr
    assert "Send POST /v1/analyticsReportRequests?" in answered_yes.stderr


def test_dry_run_prints_the_request_with_type_and_id_filled_in_and_sends_nothing() -> None:
    fields = ["-f", "primaryLocale=fr-FR", "-f", "isOrEverWasMadeForKids:=false"]
    args = ["--base-url", "http://127.0.0.1:9", "api", "PATCH", "/v1/apps/123", *fields, "--dry-run"]
    result = CliRunner().invoke(asc, args)

    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout) == {
        "method": "PATCH",
        "url": "http://127.0.0.1:9/v1/apps/123",
        "query": {},
        "body": {
            "data": {
                "attributes": {"primaryLocale": "fr-FR", "isOrEverWasMadeForKids": False},
                "type": "apps",
                "id": "123",
            }
        },
    }


def test_input_file_is_the_body(tmp_path: Path) -> None:
    body = {"data": {"type": "betaGroups", "attributes": {"name": "QA"}}}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))

    result = CliRunner().invoke(asc, ["api", "POST", "/v1/betaGroups", "--input", str(path), "--dry-run"])

    assert json.loads(result.stdout)["body"] == body


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["GET", "/v1/nothingHere"],
            "the API has no operation GET /v1/nothingHere; find one with `asc ops search",
        ),
        (["GET", "/v1/apps", "-f", "name=x"], "GET /v1/apps takes no body"),
        (
            ["PATCH", "/v1/apps/1"],
            "PATCH /v1/apps/{id} takes a JSON body: give --field NAME=VALUE or --input",
        ),
        (
            ["GET", "/v1/apps/1", "--all"],
            "--all needs a GET of a collection, and GET /v1/apps/{id} is not one",
        ),
        (["PATCH", "/v1/apps/1", "-f", "x:={oops"], "is not JSON"),
        (["GET", "/v1/apps", "--max-items", "3"], "--max-items goes with --all"),
    ],
)
def test_requests_the_api_would_refuse_are_refused_before_sending(args: list[str], message: str) -> None:
    result = CliRunner().invoke(asc, ["api", *args])

    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


def test_api_all_follows_every_page() -> None:
    document = stdout_json(run_asc("--sandbox", "api", "GET", f"/v1/apps/{APP}/inAppPurchasesV2", "--all"))

    assert sorted(item["id"] for item in document["data"]) == sorted(SEEDED.ids("inAppPurchases", app=APP))


def test_ops_search_finds_operations_by_words() -> None:
    result = CliRunner().invoke(asc, ["--output", "json", "ops", "search", "beta", "group", "delete"])

    found = {(row["method"], row["path"]) for row in json.loads(result.stdout)}
    assert ("DELETE", "/v1/betaGroups/{id}") in found
    assert all(method == "DELETE" for method, _ in found)


def test_ops_show_gives_parameters_with_apples_names_allowed_values_and_the_doc_link() -> None:
    result = CliRunner().invoke(asc, ["ops", "show", "GET", "/v1/apps/123/builds", "--json"])

    shown = json.loads(result.stdout)
    assert shown["operation"] == "apps_builds_getToManyRelated"
    assert (
        shown["docs"]
        == "https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds"
    )
    parameters = {parameter["name"]: parameter for parameter in shown["parameters"]}
    assert parameters["id"]["in"] == "path" and parameters["id"]["required"]
    assert "version" in parameters["fields[builds]"]["values"].split(",")
    assert named("apps_updateInstance") == find("PATCH", "/v1/apps/1")


def test_ops_show_of_an_unknown_operation_is_not_found() -> None:
    result = CliRunner().invoke(asc, ["ops", "show", "nothing_here"])

    assert result.exit_code == ExitCode.NOT_FOUND
    assert "asc ops search" in result.stderr


def test_a_relationship_body_is_given_whole_as_data() -> None:
    linkage = '[{"type": "builds", "id": "b1"}]'
    args = ["api", "POST", "/v1/betaGroups/g1/relationships/builds", "-f", f"data:={linkage}", "--dry-run"]

    result = CliRunner().invoke(asc, args)

    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["body"] == {"data": [{"type": "builds", "id": "b1"}]}
