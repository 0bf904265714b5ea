"""TestFlight: wait for a build, set export compliance and What to Test, add it to groups and testers,
submit it for beta review when an external group needs it, expire old builds. Each step reads first
and writes only what is missing, so a second run changes nothing and an interrupted run finishes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._steps import Flow, Wait
from . import _api as api
from ._documents import Resource, attributes, included, planned, related_id, related_ids
from ._ensure import ensure, ensure_texts
from ._errors import BuildProcessingError, WaitTimeoutError, WorkflowArgumentError
from ._types import Distribution, Progress, WaitOptions

DONE_STATES = frozenset({"VALID", "INVALID", "FAILED"})


def wait_for_build(build_id: str, options: WaitOptions, progress: Progress | None) -> Flow[Resource]:
    """Poll the build until Apple has processed it: VALID returns it, INVALID or FAILED raise with Apple's
    reasons, the deadline raises `WaitTimeoutError`."""
    started, interval = options.clock(), options.poll_interval
    while True:
        document = yield from api.build(build_id, ["buildUpload"])
        build = document.get("data") or {}
        state = str(attributes(build).get("processingState"))
        if progress is not None:
            progress(f"build {build_id}: {state}")
        if state == "VALID" or planned(build):
            return build
        if state in DONE_STATES:
            raise BuildProcessingError(build_id, state, _reasons(document, build))
        if options.clock() - started + interval > options.timeout:
            raise WaitTimeoutError(
                f"build {build_id} is still {state} after {options.timeout:.0f} s; Apple goes on processing "
                "it: run again to keep waiting"
            )
        yield Wait(interval)
        interval = min(interval * 2, options.max_interval)


def _reasons(document: Mapping[str, Any], build: Mapping[str, Any]) -> list[str]:
    """Apple's errors on the build's upload (`buildUploads.state.errors`), if the build has one."""
    upload = included(document, "buildUploads", related_id(build, "buildUpload"))
    errors = (attributes(upload).get("state") or {}).get("errors") or ()
    return [f"{error.get('code')}: {error.get('description')}" for error in errors if isinstance(error, dict)]


def distribute_flow(
    build_id: str,
    *,
    groups: Sequence[str],
    testers: Sequence[str],
    what_to_test: Mapping[str, str],
    uses_non_exempt_encryption: bool | None,
    submit_for_review: bool | None,
    wait: WaitOptions | None,
    progress: Progress | None,
) -> Flow[Distribution]:
    """The flow of `distribute` (see `app_store_connect.workflows.distribute`)."""
    if wait is not None:
        yield from wait_for_build(build_id, wait, progress)
    document = yield from api.build(
        build_id, ["app", "betaGroups", "individualTesters", "betaAppReviewSubmission"]
    )
    build = document["data"]
    state = str(attributes(build).get("processingState"))
    if state != "VALID":
        raise WorkflowArgumentError(
            f"build {build_id} is {state}, not VALID: wait for Apple to process it "
            "(--wait, or wait=WaitOptions())"
        )
    chosen = yield from _groups(str(related_id(build, "app")), groups)
    tester_ids = yield from _testers(testers)  # by email
    encryption_set = False
    if attributes(build).get("usesNonExemptEncryption") is None:
        if uses_non_exempt_encryption is None:
            raise WorkflowArgumentError(
                f"build {build_id} needs its export compliance answer: does it use non-exempt encryption? "
                "Pass uses_non_exempt_encryption=True/False (--uses-encryption / --no-encryption)"
            )
        yield from api.update_build(build_id, {"usesNonExemptEncryption": uses_non_exempt_encryption})
        encryption_set = True
    localizations = yield from _what_to_test(build_id, what_to_test)
    linked = set(related_ids(build, "betaGroups"))
    added = [group for group in chosen if group["id"] not in linked]
    if added:
        yield from api.add_build_to_groups(build_id, [group["id"] for group in added])
    has = set(related_ids(build, "individualTesters"))
    new_testers = {email: id_ for email, id_ in tester_ids.items() if id_ not in has}
    if new_testers:
        yield from api.add_build_testers(build_id, list(new_testers.values()))
    external = any(not attributes(group).get("isInternalGroup") for group in chosen)
    review, submitted = None, False
    if submit_for_review or (submit_for_review is None and external):
        known = included(document, "betaAppReviewSubmissions", related_id(build, "betaAppReviewSubmission"))
        submission, submitted = yield from ensure(
            lambda: _beta_review(build_id, known),
            lambda: api.submit_for_beta_review(build_id),
            f"the beta review submission of build {build_id}",
        )
        review = attributes(submission).get("betaReviewState") or "WAITING_FOR_REVIEW"
    return Distribution(
        build_id,
        state,
        encryption_set,
        tuple(localizations),
        tuple(_name(group) for group in added),
        tuple(_name(group) for group in chosen if group["id"] in linked),
        tuple(new_testers),
        review,
        submitted,
    )


def _groups(app_id: str, wanted: Sequence[str]) -> Flow[list[Resource]]:
    """The app's beta groups named (or with the ids) in `wanted`; an unknown one is refused first."""
    if not wanted:
        return []
    groups = yield from api.beta_groups(app_id)
    by_key = {key: group for group in groups for key in (group["id"], _name(group))}
    missing = [name for name in wanted if name not in by_key]
    if missing:
        known = ", ".join(sorted(_name(group) for group in groups)) or "none"
        raise WorkflowArgumentError(
            f"no beta group {', '.join(map(repr, missing))} in app {app_id}; its groups: {known}"
        )
    chosen = {by_key[name]["id"]: by_key[name] for name in wanted}
    return list(chosen.values())


def _testers(emails: Sequence[str]) -> Flow[dict[str, str]]:
    """The ids of the beta testers with these emails; one not invited yet is refused before any write."""
    ids = {}
    for email in emails:
        found = yield from api.testers_with_email(email)
        if not found:
            raise WorkflowArgumentError(
                f"no beta tester {email}: invite them to a group of the app first (TestFlight > Testers)"
            )
        ids[email] = str(found[0]["id"])
    return ids


def _what_to_test(build_id: str, texts: Mapping[str, str]) -> Flow[list[str]]:
    """Create or change the build's What to Test per locale; the locales written."""
    if not texts:
        return []
    existing = yield from api.build_localizations(build_id)
    return (
        yield from ensure_texts(
            existing,
            texts,
            lambda locale, text: api.create_build_localization(build_id, locale, text),
            api.update_build_localization,
        )
    )


def _beta_review(build_id: str, known: Resource | None) -> Flow[Resource | None]:
    if known is not None:
        return known
    found = yield from api.beta_reviews(build_id)
    return found[0] if found else None


def expire_flow(app_id: str, keep: int) -> Flow[list[str]]:
    """Expire every unexpired build of the app but the `keep` newest; the ids expired."""
    if keep < 0:
        raise WorkflowArgumentError(f"keep must be 0 or more, not {keep}")
    builds = yield from api.unexpired_builds(app_id)
    expired = []
    for build in builds[keep:]:
        yield from api.update_build(build["id"], {"expired": True})
        expired.append(str(build["id"]))
    return expired


def _name(group: Mapping[str, Any]) -> str:
    return str(attributes(group).get("name") or group["id"])
