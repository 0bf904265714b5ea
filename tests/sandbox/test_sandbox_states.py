"""State machines on top of the store: build processing, beta review, App Store versions and review
submissions, with Apple's 409s (STATE_ERROR with `meta.associatedErrors`, Q15; the duplicate version, Q14)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_support import authorized

from app_store_connect.sandbox import Sandbox


@pytest.fixture
def fast() -> Iterator[Sandbox]:
    with Sandbox(fast=True) as running:
        yield running


@pytest.fixture
def http(fast: Sandbox) -> Iterator[httpx.Client]:
    with authorized(fast) as client:
        yield client


def create(
    http: httpx.Client, type_: str, attributes: dict[str, Any], **links: tuple[str, str]
) -> httpx.Response:
    relationships = {name: {"data": {"type": kind, "id": id_}} for name, (kind, id_) in links.items()}
    body = {"data": {"type": type_, "attributes": attributes, "relationships": relationships}}
    return http.post(f"/v1/{type_}", json=body)


def attribute(http: httpx.Client, path: str, name: str) -> Any:
    return http.get(path).json()["data"]["attributes"][name]


def test_a_processing_build_becomes_valid_after_the_configured_reads() -> None:
    with Sandbox(processing_polls=2) as sandbox, authorized(sandbox) as http:
        build = sandbox.ids("builds", app=sandbox.app_ids[0])[-1]  # the newest is still processing
        states = [attribute(http, f"/v1/builds/{build}", "processingState") for _ in range(3)]
        assert states == ["PROCESSING", "PROCESSING", "VALID"]


def test_fast_mode_moves_at_the_first_read(fast: Sandbox, http: httpx.Client) -> None:
    build = fast.ids("builds", app=fast.app_ids[0])[-1]
    assert attribute(http, f"/v1/builds/{build}", "processingState") == "VALID"


def test_beta_review_needs_a_valid_build_once(fast: Sandbox, http: httpx.Client) -> None:
    build = fast.ids("builds", app=fast.app_ids[0])[-2]
    submitted = create(http, "betaAppReviewSubmissions", {}, build=("builds", build))
    assert submitted.status_code == 201, submitted.text
    submission = submitted.json()["data"]
    assert submission["attributes"]["betaReviewState"] == "WAITING_FOR_REVIEW"
    path = f"/v1/betaAppReviewSubmissions/{submission['id']}"
    assert [attribute(http, path, "betaReviewState") for _ in range(3)] == [
        "IN_REVIEW",
        "APPROVED",
        "APPROVED",
    ]
    again = create(http, "betaAppReviewSubmissions", {}, build=("builds", build))
    assert again.status_code == 409
    assert again.json()["errors"][0]["code"] == "STATE_ERROR"
    listed = http.get("/v1/betaAppReviewSubmissions", params={"filter[build]": build}).json()["data"]
    assert [item["id"] for item in listed] == [submission["id"]]


def test_a_new_version_needs_the_previous_one_released(fast: Sandbox, http: httpx.Client) -> None:
    app = fast.app_ids[0]  # its newest version is PREPARE_FOR_SUBMISSION
    blocked = create(http, "appStoreVersions", {"platform": "IOS", "versionString": "9.0"}, app=("apps", app))
    assert blocked.status_code == 409
    assert blocked.json()["errors"][0]["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID"
    used = create(http, "appStoreVersions", {"platform": "IOS", "versionString": "2.0"}, app=("apps", app))
    assert used.json()["errors"][0]["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"  # Q14
    empty = fast.app_ids[3]
    created = create(
        http, "appStoreVersions", {"platform": "IOS", "versionString": "1.0"}, app=("apps", empty)
    )
    assert created.status_code == 201
    assert created.json()["data"]["attributes"]["appStoreState"] == "PREPARE_FOR_SUBMISSION"


def read_to_completion(http: httpx.Client, submission: str) -> None:
    """Read a submission until it is COMPLETE (fast mode moves one state per read)."""
    states = [attribute(http, f"/v1/reviewSubmissions/{submission}", "state") for _ in range(4)]
    assert states[-1] == "COMPLETE", states


def open_submission(fast: Sandbox, http: httpx.Client, app: str) -> str:
    """The app's open submission, reused as Apple wants (W2); one in progress is read to its end first."""
    for seeded in fast.ids("reviewSubmissions", app=app):
        if attribute(http, f"/v1/reviewSubmissions/{seeded}", "state") in (
            "READY_FOR_REVIEW",
            "UNRESOLVED_ISSUES",
        ):
            return seeded
        read_to_completion(http, seeded)
    made = create(http, "reviewSubmissions", {"platform": "IOS"}, app=("apps", app))
    assert made.status_code == 201, made.text
    return str(made.json()["data"]["id"])


def submit_newest_version(fast: Sandbox, http: httpx.Client, app: str) -> tuple[str, str, httpx.Response]:
    version = fast.ids("appStoreVersions", app=app)[-1]
    submission = open_submission(fast, http, app)
    item = create(
        http,
        "reviewSubmissionItems",
        {},
        reviewSubmission=("reviewSubmissions", submission),
        appStoreVersion=("appStoreVersions", version),
    )
    assert item.status_code == 201, item.text
    body = {"data": {"type": "reviewSubmissions", "id": submission, "attributes": {"submitted": True}}}
    return version, submission, http.patch(f"/v1/reviewSubmissions/{submission}", json=body)


def test_submitting_without_content_rights_or_build_is_a_409_with_associated_errors(
    fast: Sandbox, http: httpx.Client
) -> None:
    app = fast.app_ids[0]
    clear = {"data": {"type": "apps", "id": app, "attributes": {"contentRightsDeclaration": None}}}
    assert http.patch(f"/v1/apps/{app}", json=clear).status_code == 200
    version, submission, refused = submit_newest_version(fast, http, app)
    assert refused.status_code == 409
    error = refused.json()["errors"][0]
    assert error["code"] == "STATE_ERROR.ENTITY_STATE_INVALID"
    associated = error["meta"]["associatedErrors"]
    assert [entry["source"]["pointer"] for entry in associated[f"/v1/apps/{app}"]] == [
        "/data/attributes/contentRightsDeclaration"
    ]
    assert [entry["code"] for entry in associated[f"/v1/appStoreVersions/{version}"]] == [
        "ENTITY_ERROR.RELATIONSHIP.REQUIRED"
    ]
    assert attribute(http, f"/v1/reviewSubmissions/{submission}", "state") == "READY_FOR_REVIEW"


def test_a_complete_submission_goes_through_review(fast: Sandbox, http: httpx.Client) -> None:
    app = fast.app_ids[0]
    version = fast.ids("appStoreVersions", app=app)[-1]
    build = fast.ids("builds", app=app)[-2]
    linked = http.patch(
        f"/v1/appStoreVersions/{version}/relationships/build", json={"data": {"type": "builds", "id": build}}
    )
    assert linked.status_code == 204
    _, submission, submitted = submit_newest_version(fast, http, app)
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["data"]["attributes"]["state"] == "WAITING_FOR_REVIEW"
    assert "submitted" not in submitted.json()["data"]["attributes"]
    version_path = f"/v1/appStoreVersions/{version}"
    assert attribute(http, version_path, "appStoreState") == "WAITING_FOR_REVIEW"
    rename = {
        "data": {"type": "appStoreVersions", "id": version, "attributes": {"copyright": "2026 Example"}}
    }
    frozen = http.patch(version_path, json=rename)
    assert frozen.status_code == 409
    assert frozen.json()["errors"][0]["code"] == "STATE_ERROR"
    path = f"/v1/reviewSubmissions/{submission}"
    assert [attribute(http, path, "state") for _ in range(2)] == ["IN_REVIEW", "COMPLETE"]
    assert attribute(http, version_path, "appStoreState") == "PENDING_DEVELOPER_RELEASE"  # releaseType MANUAL


def test_items_cannot_be_added_to_a_submitted_review(fast: Sandbox, http: httpx.Client) -> None:
    app = fast.app_ids[1]
    version = fast.ids("appStoreVersions", app=app)[-1]
    http.patch(
        f"/v1/appStoreVersions/{version}/relationships/build",
        json={"data": {"type": "builds", "id": fast.ids("builds", app=app)[0]}},
    )
    _, submission, submitted = submit_newest_version(fast, http, app)
    assert submitted.status_code == 200
    late = create(
        http,
        "reviewSubmissionItems",
        {},
        reviewSubmission=("reviewSubmissions", submission),
        appStoreVersion=("appStoreVersions", version),
    )
    assert late.status_code == 409
    cancel = {"data": {"type": "reviewSubmissions", "id": submission, "attributes": {"canceled": True}}}
    assert http.patch(f"/v1/reviewSubmissions/{submission}", json=cancel).json()["data"]["attributes"][
        "state"
    ] == ("CANCELING")
    assert attribute(http, f"/v1/appStoreVersions/{version}", "appStoreState") == "DEVELOPER_REJECTED"


def test_w2_one_review_submission_in_progress_per_app_and_platform(fast: Sandbox, http: httpx.Client) -> None:
    """W2 (fastlane issue 21482, sceneview/sceneview issue 2301): a second create while one is in
    progress is Apple's 409 naming it; another platform, or after it completed, is accepted."""
    app = fast.app_ids[0]
    first_id = open_submission(fast, http, app)  # seeded READY_FOR_REVIEW
    second = create(http, "reviewSubmissions", {"platform": "IOS"}, app=("apps", app))
    assert second.status_code == 409
    error = second.json()["errors"][0]
    assert error["code"] == "STATE_ERROR"
    assert error["detail"] == f"There is another reviewSubmissions with id '{first_id}' still in progress."
    assert create(http, "reviewSubmissions", {"platform": "MAC_OS"}, app=("apps", app)).status_code == 201
    cancel = {"data": {"type": "reviewSubmissions", "id": first_id, "attributes": {"canceled": True}}}
    assert http.patch(f"/v1/reviewSubmissions/{first_id}", json=cancel).status_code == 200
    read_to_completion(http, first_id)  # CANCELING, then COMPLETE
    assert create(http, "reviewSubmissions", {"platform": "IOS"}, app=("apps", app)).status_code == 201
