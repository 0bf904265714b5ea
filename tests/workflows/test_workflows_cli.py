"""`asc testflight` and `asc appstore` end to end against a running sandbox (its demo key in a file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from workflow_support import build_numbers, writes

from app_store_connect import AppStoreConnect
from app_store_connect.cli import ExitCode
from app_store_connect.cli import asc as asc_command
from app_store_connect.sandbox import Sandbox

Invoke = Callable[..., Result]


@pytest.fixture
def invoke(sandbox: Sandbox, tmp_path: Path) -> Invoke:
    """`asc --base-url SANDBOX --key-file DEMO_KEY ARGS` in this process."""
    key_file = sandbox.write_demo_key(tmp_path)
    root = ["--base-url", sandbox.base_url, "--key-file", str(key_file), "--issuer-id", sandbox.issuer_id]

    def run(*args: str) -> Result:
        return CliRunner().invoke(asc_command, [*root, *args])

    return run


def test_testflight_distribute_waits_and_prints_what_it_did(sandbox: Sandbox, invoke: Invoke) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-1]

    result = invoke(
        "testflight",
        "distribute",
        build,
        "--group",
        "Friends",
        "--what-to-test",
        "Maps",
        "--wait",
        "--poll-interval",
        "0.001",
        "--json",
    )

    assert result.exit_code == ExitCode.OK, result.output
    done = json.loads(result.stdout)
    assert (done["processingState"], done["groupsAdded"], done["localizations"]) == (
        "VALID",
        ["Friends"],
        ["en-US"],
    )
    assert done["betaReview"] == "WAITING_FOR_REVIEW"


def test_testflight_distribute_refuses_an_unknown_group_with_exit_2(sandbox: Sandbox, invoke: Invoke) -> None:
    build = sandbox.ids("builds", app=sandbox.app_ids[0])[-2]

    result = invoke("testflight", "distribute", build, "--group", "Nobody", "--json")

    assert result.exit_code == ExitCode.USAGE
    error = json.loads(result.stderr)["error"]
    assert "no beta group 'Nobody'" in error["message"] and error["exitCode"] == 2
    assert writes(sandbox) == []


def test_appstore_submit_dry_run_prints_the_writes_and_sends_none(
    sandbox: Sandbox, asc: AppStoreConnect, invoke: Invoke
) -> None:
    app = sandbox.app_ids[0]
    version, number = build_numbers(asc, sandbox.ids("builds", app=app)[-2])

    result = invoke(
        "appstore",
        "submit",
        "--app",
        "com.example.trailhead",
        "--version",
        version,
        "--build",
        number,
        "--release",
        "after-approval",
        "--phased",
        "--release-notes",
        "Fixes",
        "--dry-run",
        "--output",
        "table",
    )

    assert result.exit_code == ExitCode.OK, result.output
    planned = [line for line in result.stdout.splitlines() if line.startswith("would send: ")]
    assert planned[0].startswith("would send: PATCH /v1/appStoreVersions/")
    assert planned[-1].startswith("would send: PATCH /v1/reviewSubmissions/")
    assert writes(sandbox) == []


def test_appstore_submit_status_release_and_phased(
    sandbox: Sandbox, asc: AppStoreConnect, invoke: Invoke
) -> None:
    app = sandbox.app_ids[0]
    version, number = build_numbers(asc, sandbox.ids("builds", app=app)[-2])
    target = ["--app", app, "--version", version]

    submitted = invoke(
        "appstore", "submit", *target, "--build", number, "--release", "manual", "--phased", "--json"
    )
    early = invoke("appstore", "release", *target, "--json")
    states = [json.loads(invoke("appstore", "status", *target, "--json").stdout) for _ in range(4)]
    released = invoke("appstore", "release", *target, "--output", "table")
    paused = invoke("appstore", "phased", "pause", *target, "--output", "table")

    assert submitted.exit_code == ExitCode.OK, submitted.output
    assert json.loads(submitted.stdout)["state"] == "WAITING_FOR_REVIEW"
    assert early.exit_code == ExitCode.API_ERROR
    assert "only an approved version" in json.loads(early.stderr)["error"]["message"]
    assert states[-1]["appStoreState"] == "PENDING_DEVELOPER_RELEASE" and states[-1]["blockers"] == []
    assert released.stdout.strip() == f"version {version}: PROCESSING_FOR_APP_STORE"
    assert paused.stdout.strip() == f"the phased release of {version}: PAUSED"


def test_appstore_submit_blocked_exits_1_with_the_blockers(
    sandbox: Sandbox, asc: AppStoreConnect, invoke: Invoke
) -> None:
    app = sandbox.app_ids[0]
    version, number = build_numbers(asc, sandbox.ids("builds", app=app)[-2])
    clear = {"data": {"type": "apps", "id": app, "attributes": {"contentRightsDeclaration": None}}}
    asc.request("PATCH", f"/v1/apps/{app}", json=clear)

    result = invoke("appstore", "submit", "--app", app, "--version", version, "--build", number, "--json")

    assert result.exit_code == ExitCode.API_ERROR
    error = json.loads(result.stderr)["error"]
    assert error["blockers"][0].startswith("the app has no content rights declaration")
    assert "\n" not in error["message"]


def test_appstore_release_date_without_a_zone_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke(
        "appstore", "submit", "--app", "1", "--version", "1.0", "--build", "1", "--release", "2026-12-24"
    )

    assert result.exit_code == ExitCode.USAGE
    assert "needs a time zone" in result.stderr
