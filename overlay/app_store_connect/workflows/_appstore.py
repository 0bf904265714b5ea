"""App Store: the version for a version string, its build, release notes, release type and phased
release, submitted through `reviewSubmissions` (an open submission is reused, never a second one); a
version's status with its blockers; release, phased-release steps and cancelling. Every step reads
first, so a rerun after any failure finishes the job without duplicates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .._errors import ConflictError
from .._steps import CALL_FAILURES, Flow, brief, outcome_unknown
from . import _api as api
from ._blockers import blocker, explain
from ._documents import Resource, attributes, planned, related_id
from ._ensure import ensure, ensure_texts
from ._errors import OutcomeUnknownError, SubmissionBlockedError, WorkflowArgumentError, WorkflowError
from ._types import Outcome, PhasedAction, Release, Submission, VersionStatus

OPEN_STATES = ("READY_FOR_REVIEW", "UNRESOLVED_ISSUES")
SUBMITTED_STATES = ("WAITING_FOR_REVIEW", "IN_REVIEW")
EDITABLE_STATES = frozenset(
    {"PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "METADATA_REJECTED", "INVALID_BINARY"}
)
ON_SALE_STATES = frozenset({"READY_FOR_SALE", "PROCESSING_FOR_APP_STORE", "READY_FOR_DISTRIBUTION"})


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
    wanted = _release_attributes(release, release_date)
    created: list[str] = []
    changed: list[str] = []
    build = yield from _build(app_id, version_string, build_number, platform)
    version, made = yield from ensure(
        lambda: find_version(app_id, version_string, platform),
        lambda: api.create_version(app_id, version_string, platform, wanted),
        f"version {version_string}",
    )
    if made:
        created.append(f"version {version_string}")
    state = attributes(version).get("appStoreState")
    if not planned(version) and state not in EDITABLE_STATES:
        earlier = yield from _submission_with(
            app_id, platform, version["id"], (*SUBMITTED_STATES, "COMPLETE")
        )
        if earlier is not None:  # submitted by an earlier run: nothing left to do
            return _result(app_id, version, build, earlier, created, changed)
        raise WorkflowError(f"version {version_string} is {state}: it cannot be changed or submitted now")
    if not made and any(attributes(version).get(name) != value for name, value in wanted.items()):
        yield from api.update_version(version["id"], wanted)
        changed.append("release type")
    attached = yield from api.version_build(version["id"])
    if (attached or {}).get("id") != build["id"]:
        yield from api.attach_build(version["id"], build["id"])
        changed.append(f"build {build_number}")
    notes = yield from _release_notes(version["id"], release_notes)
    changed += [f"release notes {locale}" for locale in notes]
    if phased:
        _, made = yield from ensure(
            lambda: api.phased_release(version["id"]),
            lambda: api.create_phased_release(version["id"]),
            "the phased release",
        )
        created += ["phased release"] if made else []
    submission, made = yield from _open_submission(app_id, platform)
    created += ["review submission"] if made else []
    made = yield from _add_item(submission["id"], version["id"], f"version {version_string}")
    created += ["review submission item"] if made else []
    submission = yield from _submit(submission, f"version {version_string}")
    return _result(app_id, version, build, submission, created, changed)


def _release_attributes(release: Release | None, release_date: datetime | None) -> dict[str, Any]:
    """The version attributes for a release type, checked before any request."""
    if release is Release.SCHEDULED and release_date is None:
        raise WorkflowArgumentError(
            "a SCHEDULED release needs its date (release_date, or --release 2026-12-24T09:00+00:00)"
        )
    if release_date is not None and release not in (None, Release.SCHEDULED):
        raise WorkflowArgumentError(f"a release date goes with a SCHEDULED release, not {release}")
    if release_date is not None and release_date.tzinfo is None:
        raise WorkflowArgumentError("the release date needs a time zone, e.g. 2026-12-24T09:00+00:00")
    if release_date is not None:
        return {"releaseType": Release.SCHEDULED.value, "earliestReleaseDate": release_date.isoformat()}
    return {} if release is None else {"releaseType": release.value}


def _build(app_id: str, version_string: str, number: str, platform: str) -> Flow[Resource]:
    """The VALID build with that number of that version; anything else is refused before any write."""
    for build in (yield from api.builds_numbered(app_id, number)):
        pre = attributes((yield from api.pre_release_version(build["id"])))
        if pre.get("version") == version_string and pre.get("platform") in (platform, None):
            state = attributes(build).get("processingState")
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


def find_version(app_id: str, version_string: str, platform: str) -> Flow[Resource | None]:
    """The app's version with that version string on that platform, if it exists."""
    found = yield from api.versions(app_id, version_string, platform)
    return found[0] if found else None


def _release_notes(version_id: str, notes: Mapping[str, str]) -> Flow[list[str]]:
    """Create or change the release notes per locale; the locales written."""
    if not notes:
        return []
    existing = yield from api.version_localizations(version_id)
    return (
        yield from ensure_texts(
            existing,
            notes,
            lambda locale, text: api.create_version_localization(version_id, locale, text),
            api.update_version_localization,
        )
    )


def _submission_with(
    app_id: str, platform: str, version_id: str | None, states: tuple[str, ...]
) -> Flow[Resource | None]:
    """The app's review submission in one of `states` (and holding `version_id`, when given)."""
    for submission in (yield from api.review_submissions(app_id, platform, states)):
        if version_id is None or (yield from _item(submission["id"], version_id)) is not None:
            return submission
    return None


def _item(submission_id: str, version_id: str) -> Flow[Resource | None]:
    items = yield from api.submission_items(submission_id)
    return next((item for item in items if related_id(item, "appStoreVersion") == version_id), None)


def _open_submission(app_id: str, platform: str) -> Flow[tuple[Resource, bool]]:
    """The app's open review submission, reused, or a new one; Apple keeps one in progress at a time (W2)."""
    try:
        return (
            yield from ensure(
                lambda: _submission_with(app_id, platform, None, OPEN_STATES),
                lambda: api.create_review_submission(app_id, platform),
                "a review submission",
            )
        )
    except ConflictError as error:  # another one in review (fastlane issue 21482)
        busy = yield from _submission_with(app_id, platform, None, SUBMITTED_STATES)
        which = f" {busy['id']} is {attributes(busy).get('state')}" if busy else " is in progress"
        raise WorkflowError(
            f"another review submission of app {app_id}{which}: Apple allows one at a time. Wait for its "
            "review, or cancel it (cancel_submission, asc appstore cancel), then run again"
        ) from error


def _add_item(submission_id: str, version_id: str, what: str) -> Flow[bool]:
    """Put the version in the submission (once); Apple's 409 here lists what blocks it (W3, Q15)."""
    try:
        _, made = yield from ensure(
            lambda: _item(submission_id, version_id),
            lambda: api.add_submission_item(submission_id, version_id),
            "the review submission item",
        )
    except ConflictError as error:
        raise SubmissionBlockedError(what, explain(error)) from error
    return made


def _submit(submission: Resource, what: str) -> Flow[Resource]:
    """Submit for review; a 409 becomes its blockers in plain words; a doubtful answer is read back."""
    if attributes(submission).get("state") in SUBMITTED_STATES:
        return submission
    try:
        answer = yield from api.update_review_submission(submission["id"], {"submitted": True})
    except ConflictError as error:
        raise SubmissionBlockedError(what, explain(error)) from error
    except CALL_FAILURES as error:
        if not outcome_unknown(error):
            raise
        again = yield from api.review_submission(submission["id"])
        if attributes(again).get("state") in (*SUBMITTED_STATES, "COMPLETE"):
            return again
        raise OutcomeUnknownError(
            f"submitting {what} failed ({brief(error)}); it is not submitted. Run again to submit it."
        ) from error
    return answer or submission


def _result(
    app_id: str,
    version: Resource,
    build: Resource,
    submission: Resource,
    created: list[str],
    changed: list[str],
) -> Submission:
    state = attributes(submission).get("state")
    return Submission(
        app_id,
        version["id"],
        str(attributes(version).get("versionString")),
        build["id"],
        None if planned(submission) else submission["id"],
        "WAITING_FOR_REVIEW" if state in (None, *OPEN_STATES) else str(state),
        tuple(created),
        tuple(changed),
    )


def _version(app_id: str, version_string: str, platform: str) -> Flow[Resource]:
    version = yield from find_version(app_id, version_string, platform)
    if version is None:
        raise WorkflowArgumentError(f"app {app_id} has no version {version_string} for {platform}")
    return version


def status_flow(app_id: str, version_string: str, platform: str) -> Flow[VersionStatus]:
    """The flow of `status`."""
    version = yield from _version(app_id, version_string, platform)
    app = yield from api.app(app_id)
    build = attributes((yield from api.version_build(version["id"]))) or None
    phased = yield from api.phased_release(version["id"])
    submission = yield from _submission_with(
        app_id, platform, version["id"], (*OPEN_STATES, *SUBMITTED_STATES)
    )
    blockers = []
    if build is None:
        blockers.append(blocker("build"))
    elif build.get("processingState") != "VALID":
        blockers.append(f"the build is {build.get('processingState')}, not VALID")
    if not attributes(app).get("contentRightsDeclaration"):
        blockers.append(blocker("contentRightsDeclaration"))
    state = attributes(version).get("appStoreState")
    if state in ("REJECTED", "METADATA_REJECTED", "INVALID_BINARY"):
        blockers.append(f"Apple answered {state}: read the Resolution Center, fix it, submit again")
    return VersionStatus(
        app_id,
        version["id"],
        version_string,
        platform,
        state,
        attributes(version).get("releaseType"),
        (build or {}).get("version"),
        (build or {}).get("processingState"),
        submission["id"] if submission else None,
        attributes(submission).get("state") if submission else None,
        attributes(phased).get("phasedReleaseState") if phased else None,
        tuple(blockers),
    )


def release_flow(app_id: str, version_string: str, platform: str) -> Flow[Outcome]:
    """The flow of `release`: an approved MANUAL version goes on sale; one on sale is left alone."""
    version = yield from _version(app_id, version_string, platform)
    state = str(attributes(version).get("appStoreState"))
    if state in ON_SALE_STATES:
        return Outcome(version["id"], state, False)
    if state != "PENDING_DEVELOPER_RELEASE":
        raise WorkflowError(
            f"version {version_string} is {state}: only an approved version waiting for release "
            "(PENDING_DEVELOPER_RELEASE) can be released"
        )
    yield from api.request_release(version["id"])
    return Outcome(version["id"], "PROCESSING_FOR_APP_STORE", True)


def phased_flow(app_id: str, version_string: str, platform: str, action: PhasedAction) -> Flow[Outcome]:
    """The flow of `phased_release`: pause, resume or complete it (nothing when already there)."""
    version = yield from _version(app_id, version_string, platform)
    phased = yield from api.phased_release(version["id"])
    if phased is None:
        raise WorkflowError(f"version {version_string} has no phased release (submit it with phased=True)")
    state = attributes(phased).get("phasedReleaseState")
    if state == action.value:
        return Outcome(phased["id"], state, False)
    if state == "COMPLETE":
        raise WorkflowError(f"the phased release of {version_string} is COMPLETE: it cannot change any more")
    if state == "INACTIVE":
        raise WorkflowError(
            f"the phased release of {version_string} starts when the version is released (release, "
            "asc appstore release); until then it cannot be paused, resumed or completed"
        )
    yield from api.update_phased_release(phased["id"], action.value)
    return Outcome(phased["id"], action.value, True)


def cancel_flow(app_id: str, version_string: str, platform: str) -> Flow[Outcome]:
    """The flow of `cancel_submission`: withdraw the review submission holding the version, if any."""
    version = yield from _version(app_id, version_string, platform)
    submission = yield from _submission_with(
        app_id, platform, version["id"], (*SUBMITTED_STATES, *OPEN_STATES)
    )
    if submission is None:
        return Outcome(version["id"], str(attributes(version).get("appStoreState")), False)
    yield from api.update_review_submission(submission["id"], {"canceled": True})
    return Outcome(submission["id"], "CANCELING", True)
