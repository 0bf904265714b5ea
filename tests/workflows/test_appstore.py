"""App Store submission end to end against the sandbox: version, build, notes, release type, phased
release, review submission; reruns write nothing; a 502 half-way then a rerun finishes without
duplicates; Apple's 409 explained; status, release, phased release and cancel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from workflow_support import attributes, build_numbers, ids, writes

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect
from app_store_connect.sandbox import Sandbox
from app_store_connect.workflows import (
    OutcomeUnknownError,
    Release,
    SubmissionBlockedError,
    WorkflowArgumentError,
    WorkflowError,
    async_submit,
    cancel_submission,
    phased_release,
    release,
    status,
    submit,
)


def target(sandbox: Sandbox, asc: AppStoreConnect) -> tuple[str, str, str]:
    """(app, version string, build number) of the seeded editable version and a VALID build of it."""
    app = sandbox.app_ids[0]
    version, number = build_numbers(asc, sandbox.ids("builds", app=app)[-2])
    return app, version, number


def items_of(asc: AppStoreConnect, app: str, version_id: str) -> list[str]:
    """The review submission items of the app that hold the version."""
    found = []
    for submission in ids(asc, "/v1/reviewSubmissions", **{"filter[app]": app}):
        items = asc.request(
            "GET", f"/v1/reviewSubmissions/{submission}/items", params={"include": "appStoreVersion"}
        )
        found += [
            item["id"]
            for item in items.json()["data"]
            if item["relationships"]["appStoreVersion"]["data"]["id"] == version_id
        ]
    return found


def test_submit_sets_everything_and_submits_for_review(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)

    result = submit(
        asc, app, version, number, release=Release.MANUAL, phased=True, release_notes={"en-US": "Bug fixes"}
    )

    assert result.state == "WAITING_FOR_REVIEW"
    assert set(result.created) == {"phased release", "review submission item"}
    assert (
        attributes(asc, f"/v1/appStoreVersions/{result.version_id}")["appStoreState"] == "WAITING_FOR_REVIEW"
    )
    assert (
        asc.request("GET", f"/v1/appStoreVersions/{result.version_id}/build").json()["data"]["id"]
        == result.build_id
    )
    notes = asc.request(
        "GET", f"/v1/appStoreVersions/{result.version_id}/appStoreVersionLocalizations"
    ).json()
    assert {item["attributes"]["locale"]: item["attributes"]["whatsNew"] for item in notes["data"]}[
        "en-US"
    ] == "Bug fixes"
    phased = asc.request(
        "GET", f"/v1/appStoreVersions/{result.version_id}/appStoreVersionPhasedRelease"
    ).json()
    assert phased["data"]["attributes"]["phasedReleaseState"] == "INACTIVE"
    assert len(items_of(asc, app, result.version_id)) == 1


def test_a_second_run_sends_no_write(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    first = submit(asc, app, version, number, phased=True, release_notes={"en-US": "Bug fixes"})
    sandbox.clear_requests()

    again = submit(asc, app, version, number, phased=True, release_notes={"en-US": "Bug fixes"})

    assert writes(sandbox) == []
    assert (again.submission_id, again.created, again.changed) == (first.submission_id, (), ())


def test_a_new_version_is_created_once(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    editable = sandbox.ids("appStoreVersions", app=app)[-1]
    asc.request("DELETE", f"/v1/appStoreVersions/{editable}")
    sandbox.inject("bad_gateway", method="POST", path="/v1/appStoreVersions$", after_handling=True)  # Q6, Q14

    result = submit(asc, app, version, number, release=Release.AFTER_APPROVAL)

    assert f"version {version}" not in result.created  # its create answered 502: found by a read instead
    versions = ids(asc, f"/v1/apps/{app}/appStoreVersions", **{"filter[versionString]": version})
    assert versions == [result.version_id]  # the 502 was answered after the create: found, not sent again
    assert attributes(asc, f"/v1/appStoreVersions/{result.version_id}")["releaseType"] == "AFTER_APPROVAL"
    assert writes(sandbox).count(("POST", "/v1/appStoreVersions")) == 1


def test_a_502_half_way_then_a_rerun_finishes_without_duplicates(
    sandbox: Sandbox, asc: AppStoreConnect
) -> None:
    app, version, number = target(sandbox, asc)
    sandbox.inject("bad_gateway", method="POST", path="/v1/reviewSubmissionItems$", after_handling=True)
    sandbox.inject("bad_gateway", method="PATCH", path="/v1/reviewSubmissions/")  # before it takes effect

    with pytest.raises(OutcomeUnknownError, match=r"it is not submitted\. Run again"):
        submit(asc, app, version, number)
    result = submit(asc, app, version, number)

    assert result.state == "WAITING_FOR_REVIEW"
    assert len(items_of(asc, app, result.version_id)) == 1
    assert writes(sandbox).count(("POST", "/v1/reviewSubmissionItems")) == 1
    assert writes(sandbox).count(("POST", "/v1/reviewSubmissions")) == 0  # the open one was reused


def test_apples_409_lists_the_blockers_in_plain_words(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    clear = {"data": {"type": "apps", "id": app, "attributes": {"contentRightsDeclaration": None}}}
    asc.request("PATCH", f"/v1/apps/{app}", json=clear)

    with pytest.raises(SubmissionBlockedError) as caught:
        submit(asc, app, version, number)

    assert caught.value.blockers == (
        f"the app has no content rights declaration: say whether it uses third-party content (App Store "
        "Connect > App Information > Content Rights, or PATCH the app's contentRightsDeclaration to "
        f"DOES_NOT_USE_THIRD_PARTY_CONTENT or USES_THIRD_PARTY_CONTENT) (/v1/apps/{app})",
    )
    assert any("content rights" in line for line in status(asc, app, version).blockers)


def test_status_says_what_blocks_a_version(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, _ = target(sandbox, asc)

    found = status(asc, app, version)

    assert (found.app_store_state, found.build, found.submission_state) == (
        "PREPARE_FOR_SUBMISSION",
        None,
        None,
    )
    assert found.blockers == (
        "the version has no build: attach a VALID build (asc appstore submit --build N)",
    )


def test_release_after_approval_then_phased_release_steps(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    submit(asc, app, version, number, release=Release.MANUAL, phased=True)
    states = [status(asc, app, version).app_store_state for _ in range(4)]  # fast mode: reads move it on
    assert states[-1] == "PENDING_DEVELOPER_RELEASE", states

    with pytest.raises(WorkflowError, match="starts when the version is released"):
        phased_release(asc, app, version, "pause")
    released = release(asc, app, version)
    again = release(asc, app, version)

    assert (released.state, released.changed) == ("PROCESSING_FOR_APP_STORE", True)
    assert (again.state, again.changed) == ("READY_FOR_SALE", False)
    assert status(asc, app, version).phased_release_state == "ACTIVE"
    assert phased_release(asc, app, version, "pause").state == "PAUSED"
    assert phased_release(asc, app, version, "pause").changed is False
    assert phased_release(asc, app, version, "resume").state == "ACTIVE"
    assert phased_release(asc, app, version, "complete").state == "COMPLETE"
    with pytest.raises(WorkflowError, match="COMPLETE"):
        phased_release(asc, app, version, "pause")


def test_release_refuses_a_version_not_approved(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, _ = target(sandbox, asc)

    with pytest.raises(WorkflowError, match="PREPARE_FOR_SUBMISSION: only an approved version"):
        release(asc, app, version)
    assert writes(sandbox) == []


def test_cancel_withdraws_the_submission_once(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    submitted = submit(asc, app, version, number)

    canceled = cancel_submission(asc, app, version)

    assert (canceled.version_id, canceled.state, canceled.changed) == (
        submitted.submission_id,
        "CANCELING",
        True,
    )
    assert (
        attributes(asc, f"/v1/appStoreVersions/{submitted.version_id}")["appStoreState"]
        == "DEVELOPER_REJECTED"
    )
    assert cancel_submission(asc, app, version).changed is False


def test_a_dry_run_sends_no_write(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)
    when = datetime(2026, 12, 24, 9, tzinfo=UTC)

    result = submit(asc, app, version, number, release_date=when, phased=True, dry_run=True)

    assert writes(sandbox) == []
    assert [line.split(" ", 2)[:2] for line in result.planned] == [
        ["PATCH", f"/v1/appStoreVersions/{result.version_id}"],
        ["PATCH", f"/v1/appStoreVersions/{result.version_id}/relationships/build"],
        ["POST", "/v1/appStoreVersionPhasedReleases"],
        ["POST", "/v1/reviewSubmissionItems"],
        ["PATCH", f"/v1/reviewSubmissions/{result.submission_id}"],
    ]
    assert '"releaseType":"SCHEDULED","earliestReleaseDate":"2026-12-24T09:00:00+00:00"' in result.planned[0]


def test_bad_arguments_are_refused_before_any_request(sandbox: Sandbox, asc: AppStoreConnect) -> None:
    app, version, number = target(sandbox, asc)

    with pytest.raises(WorkflowArgumentError, match="needs its date"):
        submit(asc, app, version, number, release=Release.SCHEDULED)
    with pytest.raises(WorkflowArgumentError, match="time zone"):
        submit(asc, app, version, number, release_date=datetime(2026, 12, 24))
    with pytest.raises(WorkflowArgumentError, match="no build 999 of version"):
        submit(asc, app, version, "999")
    with pytest.raises(WorkflowArgumentError, match="unknown release type 'SOMETIME'; use MANUAL"):
        submit(asc, app, version, number, release="SOMETIME")
    with pytest.raises(WorkflowArgumentError, match="unknown platform 'ANDROID'; use IOS"):
        status(asc, app, version, platform="ANDROID")
    assert writes(sandbox) == []


@pytest.mark.anyio
async def test_async_submit_does_the_same(
    sandbox: Sandbox, asc: AppStoreConnect, async_asc: AsyncAppStoreConnect
) -> None:
    app, version, number = target(sandbox, asc)

    result = await async_submit(async_asc, app, version, number, release=Release.AFTER_APPROVAL)

    assert result.state == "WAITING_FOR_REVIEW"
    assert attributes(asc, f"/v1/appStoreVersions/{result.version_id}")["releaseType"] == "AFTER_APPROVAL"
