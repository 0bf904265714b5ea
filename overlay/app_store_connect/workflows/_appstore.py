"""App Store: the version for a version string, its build, release notes, release type and phased
release, submitted through `reviewSubmissions` (an open submission is reused, never a second one); a
version's status with its blockers; release, phased-release steps and cancelling. Every step reads
first, so a rerun after any failure finishes the job without duplicates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from .._errors import ApiError, ConflictError
from . import _api as api
from ._blockers import blocker, explain
from ._errors import OutcomeUnknownError, SubmissionBlockedError, WorkflowArgumentError, WorkflowError
from ._run import Flow
from ._types import Outcome, PhasedAction, Release, Submission, VersionStatus

OPEN_STATES = ("READY_FOR_REVIEW", "UNRESOLVED_ISSUES")
SUBMITTED_STATES = ("WAITING_FOR_REVIEW", "IN_REVIEW")
EDITABLE_STATES = frozenset(
    {"PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "METADATA_REJECTED", "INVALID_BINARY"}
)


def submit_flow(
    app_id: str,
    version_string: str,
    build_number: str,
    *,
    platform: str,
    release: Release | None,
    release_date: datetime | None,
    phased: bool,
    release_notes: Mapping[str, str],
) -> Flow[Submission]:
    """The flow of `submit` (see `app_store_connect.workflows.submit`)."""
    _check_release(release, release_date)
    created: list[str] = []
    changed: list[str] = []
    build = yield from _build(app_id, version_string, build_number, platform)
    version, made = yield from api.ensure(
        lambda: find_version(app_id, version_string, platform),
        lambda: api.create(
            "appStoreVersions",
            {
                "platform": platform,
                "versionString": version_string,
                **_release_attributes(release, release_date),
            },
            {"app": ("apps", app_id)},
        ),
        f"version {version_string}",
    )
    if made:
        created.append(f"version {version_string}")
    state = (version.get("attributes") or {}).get("appStoreState")
    if not api.planned(version) and state not in EDITABLE_STATES:
        earlier = yield from _submission_with(
            app_id, platform, version["id"], (*SUBMITTED_STATES, "COMPLETE")
        )
        if earlier is not None:  # submitted by an earlier run: nothing left to do
            return _result(app_id, version, build, earlier, created, changed)
        raise WorkflowError(f"version {version_string} is {state}: it cannot be changed or submitted now")
    if not made:
        wanted = _release_attributes(release, release_date)
        attributes = version.get("attributes") or {}
        if any(attributes.get(name) != value for name, value in wanted.items()):
            yield from api.update("appStoreVersions", version["id"], wanted)
            changed.append("release type")
    current = yield from api.read(f"/v1/appStoreVersions/{version['id']}/relationships/build")
    if (current.get("data") or {}).get("id") != build["id"]:
        yield from api.set_to_one("appStoreVersions", version["id"], "build", "builds", build["id"])
        changed.append(f"build {build_number}")
    notes = yield from _release_notes(version["id"], release_notes)
    changed += [f"release notes {locale}" for locale in notes]
    if phased and (yield from _ensure_phased(version["id"])):
        created.append("phased release")
    submission, made = yield from _open_submission(app_id, platform)
    if made:
        created.append("review submission")
    made = yield from _add_item(submission["id"], version["id"], f"version {version_string}")
    if made:
        created.append("review submission item")
    submission = yield from _submit(submission, f"version {version_string}")
    return _result(app_id, version, build, submission, created, changed)


def _check_release(release: Release | None, release_date: datetime | None) -> None:
    if release is Release.SCHEDULED and release_date is None:
        raise WorkflowArgumentError(
            "a SCHEDULED release needs its date (release_date, or --release 2026-12-24T09:00Z)"
        )
    if release_date is not None and release not in (None, Release.SCHEDULED):
        raise WorkflowArgumentError(f"a release date goes with a SCHEDULED release, not {release}")
    if release_date is not None and release_date.tzinfo is None:
        raise WorkflowArgumentError("the release date needs a time zone, e.g. 2026-12-24T09:00+00:00")


def _release_attributes(release: Release | None, release_date: datetime | None) -> dict[str, Any]:
    if release_date is not None:
        return {"releaseType": Release.SCHEDULED.value, "earliestReleaseDate": release_date.isoformat()}
    return {} if release is None else {"releaseType": release.value}


def _build(app_id: str, version_string: str, number: str, platform: str) -> Flow[api.Resource]:
    builds = yield from api.collection(
        "/v1/builds", {"filter[app]": app_id, "filter[version]": number, "include": "preReleaseVersion"}
    )
    for build in builds:
        pre = yield from api.read(f"/v1/builds/{build['id']}/preReleaseVersion")
        attributes = (pre.get("data") or {}).get("attributes") or {}
        if attributes.get("version") == version_string and attributes.get("platform") in (platform, None):
            state = (build.get("attributes") or {}).get("processingState")
            if state != "VALID":
                raise WorkflowArgumentError(
                    f"build {number} of version {version_string} is {state}, not VALID: wait for it "
                    "(asc testflight distribute BUILD --wait) or upload a new build number"
                )
            return build
    raise WorkflowArgumentError(
        f"no build {number} of version {version_string} ({platform}) in app {app_id}; "
        f"`asc builds --app {app_id}` lists them"
    )


def find_version(app_id: str, version_string: str, platform: str) -> Flow[api.Resource | None]:
    """The app's version with that version string on that platform, if it exists."""
    found = yield from api.collection(
        f"/v1/apps/{app_id}/appStoreVersions",
        {"filter[versionString]": version_string, "filter[platform]": platform},
    )
    return found[0] if found else None


def _release_notes(version_id: str, notes: Mapping[str, str]) -> Flow[list[str]]:
    if not notes:
        return []
    existing = yield from api.collection(f"/v1/appStoreVersions/{version_id}/appStoreVersionLocalizations")
    by_locale = {(item.get("attributes") or {}).get("locale"): item for item in existing}
    written = []
    for locale, text in notes.items():
        current = by_locale.get(locale)
        if current is None:
            yield from api.create(
                "appStoreVersionLocalizations",
                {"locale": locale, "whatsNew": text},
                {"appStoreVersion": ("appStoreVersions", version_id)},
            )
        elif (current.get("attributes") or {}).get("whatsNew") != text:
            yield from api.update("appStoreVersionLocalizations", current["id"], {"whatsNew": text})
        else:
            continue
        written.append(locale)
    return written


def _phased_release(version_id: str) -> Flow[api.Resource | None]:
    document = yield from api.read(f"/v1/appStoreVersions/{version_id}/appStoreVersionPhasedRelease")
    return document.get("data") or None


def _ensure_phased(version_id: str) -> Flow[bool]:
    _, made = yield from api.ensure(
        lambda: _phased_release(version_id),
        lambda: api.create(
            "appStoreVersionPhasedReleases",
            {"phasedReleaseState": "INACTIVE"},
            {"appStoreVersion": ("appStoreVersions", version_id)},
        ),
        "the phased release",
    )
    return made


def _submission_with(
    app_id: str, platform: str, version_id: str | None, states: tuple[str, ...]
) -> Flow[api.Resource | None]:
    """The app's review submission in one of `states` (and holding `version_id`, when given)."""
    found = yield from api.collection(
        "/v1/reviewSubmissions",
        {"filter[app]": app_id, "filter[platform]": platform, "filter[state]": ",".join(states)},
    )
    for submission in found:
        if version_id is None or (yield from _item(submission["id"], version_id)) is not None:
            return submission
    return None


def _add_item(submission_id: str, version_id: str, what: str) -> Flow[bool]:
    """Put the version in the submission (once); Apple's 409 here lists what blocks it (Q15)."""
    try:
        _, made = yield from api.ensure(
            lambda: _item(submission_id, version_id),
            lambda: api.create(
                "reviewSubmissionItems",
                {},
                {
                    "reviewSubmission": ("reviewSubmissions", submission_id),
                    "appStoreVersion": ("appStoreVersions", version_id),
                },
            ),
            "the review submission item",
        )
    except ConflictError as error:
        raise SubmissionBlockedError(what, explain(error)) from error
    return made


def _open_submission(app_id: str, platform: str) -> Flow[tuple[api.Resource, bool]]:
    """The app's open review submission, reused, or a new one; Apple keeps one in progress at a time."""
    try:
        return (
            yield from api.ensure(
                lambda: _submission_with(app_id, platform, None, OPEN_STATES),
                lambda: api.create("reviewSubmissions", {"platform": platform}, {"app": ("apps", app_id)}),
                "a review submission",
            )
        )
    except ConflictError as error:  # another one in review (fastlane issue 21482)
        busy = yield from _submission_with(app_id, platform, None, SUBMITTED_STATES)
        which = (
            f" {busy['id']} is {(busy.get('attributes') or {}).get('state')}" if busy else " is in progress"
        )
        raise WorkflowError(
            f"another review submission of app {app_id}{which}: Apple allows one at a time. Wait for its "
            "review, or cancel it (cancel_submission, asc appstore cancel), then run again"
        ) from error


def _item(submission_id: str, version_id: str) -> Flow[api.Resource | None]:
    items = yield from api.collection(
        f"/v1/reviewSubmissions/{submission_id}/items", {"include": "appStoreVersion"}
    )
    return next((item for item in items if api.related_id(item, "appStoreVersion") == version_id), None)


def _submit(submission: api.Resource, what: str) -> Flow[api.Resource]:
    """Submit for review; a 409 becomes its blockers in plain words; a doubtful answer is read back."""
    if (submission.get("attributes") or {}).get("state") in SUBMITTED_STATES:
        return submission
    try:
        answer = yield from api.update("reviewSubmissions", submission["id"], {"submitted": True})
    except ConflictError as error:
        raise SubmissionBlockedError(what, explain(error)) from error
    except (ApiError, httpx.TransportError) as error:
        if not api.outcome_unknown(error):
            raise
        document = yield from api.read(f"/v1/reviewSubmissions/{submission['id']}")
        again = document.get("data") or {}
        if (again.get("attributes") or {}).get("state") in (*SUBMITTED_STATES, "COMPLETE"):
            return again
        raise OutcomeUnknownError(
            f"submitting {what} failed ({api.brief(error)}); it is not submitted. Run again to submit it."
        ) from error
    return answer or submission


def _result(
    app_id: str,
    version: api.Resource,
    build: api.Resource,
    submission: api.Resource,
    created: list[str],
    changed: list[str],
) -> Submission:
    state = (submission.get("attributes") or {}).get("state")
    return Submission(
        app_id,
        version["id"],
        str((version.get("attributes") or {}).get("versionString")),
        build["id"],
        None if api.planned(submission) else submission["id"],
        "WAITING_FOR_REVIEW" if state in (None, *OPEN_STATES) else str(state),
        tuple(created),
        tuple(changed),
    )


def _version(app_id: str, version_string: str, platform: str) -> Flow[api.Resource]:
    version = yield from find_version(app_id, version_string, platform)
    if version is None:
        raise WorkflowArgumentError(f"app {app_id} has no version {version_string} for {platform}")
    return version


def status_flow(app_id: str, version_string: str, platform: str) -> Flow[VersionStatus]:
    """The flow of `status`."""
    version = yield from _version(app_id, version_string, platform)
    attributes = version.get("attributes") or {}
    app = (yield from api.read(f"/v1/apps/{app_id}")).get("data") or {}
    build = (yield from api.read(f"/v1/appStoreVersions/{version['id']}/build")).get("data") or {}
    build_attributes = build.get("attributes") or {}
    phased = yield from _phased_release(version["id"])
    states = (*OPEN_STATES, *SUBMITTED_STATES)
    submission = yield from _submission_with(app_id, platform, version["id"], states)
    blockers = []
    if not build:
        blockers.append(blocker("build"))
    elif build_attributes.get("processingState") != "VALID":
        blockers.append(f"the build is {build_attributes.get('processingState')}, not VALID")
    if not (app.get("attributes") or {}).get("contentRightsDeclaration"):
        blockers.append(blocker("contentRightsDeclaration"))
    state = attributes.get("appStoreState")
    if state in ("REJECTED", "METADATA_REJECTED", "INVALID_BINARY"):
        blockers.append(
            f"Apple {state.lower().replace('_', ' ')} it: read the Resolution Center, fix, submit again"
        )
    return VersionStatus(
        app_id,
        version["id"],
        version_string,
        platform,
        state,
        attributes.get("releaseType"),
        build_attributes.get("version"),
        build_attributes.get("processingState"),
        submission["id"] if submission else None,
        (submission.get("attributes") or {}).get("state") if submission else None,
        (phased.get("attributes") or {}).get("phasedReleaseState") if phased else None,
        tuple(blockers),
    )


def release_flow(app_id: str, version_string: str, platform: str) -> Flow[Outcome]:
    """The flow of `release`: an approved MANUAL version goes on sale; one on sale is left alone."""
    version = yield from _version(app_id, version_string, platform)
    state = str((version.get("attributes") or {}).get("appStoreState"))
    if state in ("READY_FOR_SALE", "PROCESSING_FOR_APP_STORE", "READY_FOR_DISTRIBUTION"):
        return Outcome(version["id"], state, False)
    if state != "PENDING_DEVELOPER_RELEASE":
        raise WorkflowError(
            f"version {version_string} is {state}: only an approved version waiting for release "
            "(PENDING_DEVELOPER_RELEASE) can be released"
        )
    yield from api.create(
        "appStoreVersionReleaseRequests", {}, {"appStoreVersion": ("appStoreVersions", version["id"])}
    )
    return Outcome(version["id"], "PROCESSING_FOR_APP_STORE", True)


def phased_flow(app_id: str, version_string: str, platform: str, action: PhasedAction) -> Flow[Outcome]:
    """The flow of `phased_release`: pause, resume or complete it (nothing when already there)."""
    version = yield from _version(app_id, version_string, platform)
    phased = yield from _phased_release(version["id"])
    if phased is None:
        raise WorkflowError(f"version {version_string} has no phased release (submit it with phased=True)")
    state = (phased.get("attributes") or {}).get("phasedReleaseState")
    if state == action.value:
        return Outcome(phased["id"], state, False)
    if state == "COMPLETE":
        raise WorkflowError(
            f"the phased release of {version_string} is COMPLETE: it cannot be {action.name.lower()}d"
        )
    yield from api.update("appStoreVersionPhasedReleases", phased["id"], {"phasedReleaseState": action.value})
    return Outcome(phased["id"], action.value, True)


def cancel_flow(app_id: str, version_string: str, platform: str) -> Flow[Outcome]:
    """The flow of `cancel_submission`: withdraw the review submission holding the version, if any."""
    version = yield from _version(app_id, version_string, platform)
    submission = yield from _submission_with(
        app_id, platform, version["id"], (*SUBMITTED_STATES, *OPEN_STATES)
    )
    if submission is None:
        return Outcome(version["id"], str((version.get("attributes") or {}).get("appStoreState")), False)
    yield from api.update("reviewSubmissions", submission["id"], {"canceled": True})
    return Outcome(submission["id"], "CANCELING", True)
