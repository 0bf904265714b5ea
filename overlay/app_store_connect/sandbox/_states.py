"""State machines on top of the generic store, with the states as Apple names them.

- Builds: `processingState` PROCESSING becomes VALID (INVALID after `Sandbox.fail_processing`).
- Beta review: a `betaAppReviewSubmissions` create needs a VALID build not submitted yet; its
  `betaReviewState` goes WAITING_FOR_REVIEW, IN_REVIEW, APPROVED.
- App Store versions: a new version needs no other editable version of the app on that platform and an
  unused version string (Q14); a version outside the editable states refuses changes.
- Review submissions: one in progress (not COMPLETE) per app and platform, a second create is a 409
  (W2); items are added while READY_FOR_REVIEW; `submitted: true` checks every item
  (the version's build, the app's `contentRightsDeclaration`) and answers Apple's 409 STATE_ERROR with
  `meta.associatedErrors` (Q15) when something is missing; then WAITING_FOR_REVIEW, IN_REVIEW, COMPLETE,
  and the versions follow to PENDING_DEVELOPER_RELEASE (or READY_FOR_SALE). `canceled: true` withdraws.
- Release requests: a PENDING_DEVELOPER_RELEASE version goes READY_FOR_SALE, its phased release ACTIVE.

Each later state is reached after `processing_polls` reads of the resource (at once in fast mode).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

from ._clock import apple_datetime
from ._context import Context
from ._http import ApiError, attribute_required, entity_error, relationship_required, state_error
from ._jsonapi import resource_url
from ._resources import Resources
from ._store import Resource

EDITABLE_VERSION_STATES = frozenset(
    {"PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "METADATA_REJECTED", "INVALID_BINARY"}
)
OPEN_SUBMISSION_STATES = frozenset({"READY_FOR_REVIEW", "UNRESOLVED_ISSUES"})
_BETA_REVIEW = ("WAITING_FOR_REVIEW", "IN_REVIEW", "APPROVED")
_SUBMISSION = ("WAITING_FOR_REVIEW", "IN_REVIEW", "COMPLETE")
_CANCELING = ("CANCELING", "COMPLETE")


class States:
    """The state machines of one sandbox (see the module docstring)."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._reads: dict[str, int] = {}
        self._lock = threading.Lock()
        self.invalid_builds: set[str] = set()  # builds that end processing INVALID (`fail_processing`)

    @property
    def types(self) -> frozenset[str]:
        """The resource types whose creates or updates go through a state machine."""
        return frozenset(
            {
                "betaAppReviewSubmissions",
                "appStoreVersions",
                "reviewSubmissions",
                "reviewSubmissionItems",
                "appStoreVersionReleaseRequests",
            }
        )

    def install(self, resources: Resources) -> None:
        """Hook the guards into the generic writes and the observers into the reads."""
        resources.create_guards.update(
            betaAppReviewSubmissions=self._submit_for_beta_review,
            appStoreVersions=self._create_version,
            reviewSubmissions=self._create_submission,
            reviewSubmissionItems=self._add_submission_item,
            appStoreVersionReleaseRequests=self._release,
        )
        resources.update_guards.update(
            appStoreVersions=self._update_version, reviewSubmissions=self._update_submission
        )
        self._context.observers.update(
            builds=self._observe_build,
            betaAppReviewSubmissions=self._observe_beta_review,
            reviewSubmissions=self._observe_submission,
        )

    # Builds and beta review

    def _observe_build(self, build: Resource) -> None:
        if build.attributes.get("processingState") == "PROCESSING" and self._ready(build):
            build.attributes["processingState"] = "INVALID" if build.id in self.invalid_builds else "VALID"

    def _submit_for_beta_review(
        self, context: Context, submission: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        build = context.store.require("builds", linked["build"][0], "/data/relationships/build")
        state = build.attributes.get("processingState")
        if state != "VALID":
            raise state_error(
                f"The build cannot be submitted for beta review while its processing state is {state}."
            )
        if context.store.where("betaAppReviewSubmissions", build=build.id):
            raise state_error("This build has already been submitted for beta review.")
        submission.attributes.update(betaReviewState=_BETA_REVIEW[0], submittedDate=self._now())
        self._entered(submission)

    def _observe_beta_review(self, submission: Resource) -> None:
        self._advance(submission, "betaReviewState", _BETA_REVIEW)

    # App Store versions

    def _create_version(
        self, context: Context, version: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        app_id = linked["app"][0]
        platform = attributes.get("platform")
        siblings = context.store.where("appStoreVersions", app=app_id)
        if any(item.attributes.get("versionString") == attributes.get("versionString") for item in siblings):
            raise entity_error(  # Q14
                "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                "The provided entity includes an attribute with a value that has already been used",
                "The version number has been previously used.",
                "/data/attributes/versionString",
            )
        if any(
            item.attributes.get("platform") == platform
            and item.attributes.get("appStoreState") in EDITABLE_VERSION_STATES
            for item in siblings
        ):
            raise entity_error(
                "ENTITY_ERROR.RELATIONSHIP.INVALID",
                "The provided entity includes a relationship with an invalid value",
                "You cannot create a new version of the App in the current state.",
                "/data/relationships/app",
            )
        version.attributes.update(
            appStoreState="PREPARE_FOR_SUBMISSION",
            appVersionState="PREPARE_FOR_SUBMISSION",
            createdDate=self._now(),
        )

    def _update_version(
        self, context: Context, version: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        state = version.attributes.get("appStoreState")
        if (attributes or linked) and state not in EDITABLE_VERSION_STATES:
            raise state_error(f"The App Store version cannot be changed while it is {state}.")

    # Review submissions

    def _create_submission(
        self, context: Context, submission: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        """One submission in progress per app and platform (W2): a second create is Apple's 409."""
        platform = attributes.get("platform")
        for other in context.store.where("reviewSubmissions", app=linked["app"][0]):
            in_progress = other.attributes.get("state") != "COMPLETE"
            if other.id != submission.id and other.attributes.get("platform") == platform and in_progress:
                raise state_error(
                    f"There is another reviewSubmissions with id '{other.id}' still in progress."
                )
        submission.attributes["state"] = "READY_FOR_REVIEW"

    def _release(
        self, context: Context, request: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        """A release request puts an approved version on sale; its phased release, if any, starts."""
        version = context.store.require(
            "appStoreVersions", linked["appStoreVersion"][0], "/data/relationships/appStoreVersion"
        )
        if version.attributes.get("appStoreState") != "PENDING_DEVELOPER_RELEASE":
            raise state_error(
                f"The version cannot be released while it is {version.attributes.get('appStoreState')}."
            )
        version.attributes.update(appStoreState="READY_FOR_SALE", appVersionState="READY_FOR_DISTRIBUTION")
        for phased in context.store.where("appStoreVersionPhasedReleases", appStoreVersion=version.id):
            phased.attributes.update(phasedReleaseState="ACTIVE", startDate=self._now(), currentDayNumber=1)

    def _add_submission_item(
        self, context: Context, item: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        pointer = "/data/relationships/reviewSubmission"
        submission = context.store.require("reviewSubmissions", linked["reviewSubmission"][0], pointer)
        state = submission.attributes.get("state")
        if state not in OPEN_SUBMISSION_STATES:
            raise state_error(f"Items cannot be added to a review submission that is {state}.")
        item.attributes["state"] = "READY_FOR_REVIEW"
        if isinstance(items := submission.links.get("items"), list):  # a seeded one lists its items itself
            items.append(item.id)

    def _update_submission(
        self, context: Context, submission: Resource, attributes: dict[str, Any], linked: dict[str, list[str]]
    ) -> None:
        submitted, canceled = attributes.pop("submitted", None), attributes.pop("canceled", None)
        state = submission.attributes.get("state")
        if canceled:
            if state not in ("WAITING_FOR_REVIEW", "IN_REVIEW", *OPEN_SUBMISSION_STATES):
                raise state_error(f"A review submission that is {state} cannot be canceled.")
            submission.attributes["state"] = _CANCELING[0]
            self._entered(submission)
            for version in self._versions(submission):
                version.attributes.update(
                    appStoreState="DEVELOPER_REJECTED", appVersionState="DEVELOPER_REJECTED"
                )
        elif submitted:
            if state not in OPEN_SUBMISSION_STATES:
                raise state_error(f"A review submission that is {state} cannot be submitted.")
            self._check_ready(submission)
            submission.attributes.update(state=_SUBMISSION[0], submittedDate=self._now())
            self._entered(submission)
            for version in self._versions(submission):
                version.attributes.update(
                    appStoreState="WAITING_FOR_REVIEW", appVersionState="WAITING_FOR_REVIEW"
                )

    def _check_ready(self, submission: Resource) -> None:
        """Apple's 409 when the submission has no items or an item is not ready (Q15: errors by resource)."""
        store = self._context.store
        items = store.where("reviewSubmissionItems", reviewSubmission=submission.id)
        if not items:
            raise state_error("The review submission has no items to submit.")
        problems: dict[str, list[dict[str, Any]]] = {}
        for version in self._versions(submission):
            if not version.links.get("build"):
                problems.setdefault(self._path(version), []).append(relationship_required("build").document())
            app = store.get("apps", str(version.links.get("app")))
            if app is not None and not app.attributes.get("contentRightsDeclaration"):
                missing = attribute_required("contentRightsDeclaration")
                problems.setdefault(self._path(app), []).append(missing.document())
        if problems:
            raise ApiError(
                409,
                "STATE_ERROR.ENTITY_STATE_INVALID",
                "The request cannot be fulfilled because of the state of another resource.",
                "The review submission cannot be submitted: see meta.associatedErrors for what is missing.",
                meta={"associatedErrors": problems},
            )

    def _observe_submission(self, submission: Resource) -> None:
        state = submission.attributes.get("state")
        steps = _CANCELING if state in _CANCELING else _SUBMISSION
        if state not in steps or not self._advance(submission, "state", steps):
            return
        if submission.attributes["state"] == "IN_REVIEW":
            for version in self._versions(submission):
                version.attributes.update(appStoreState="IN_REVIEW", appVersionState="IN_REVIEW")
        elif submission.attributes["state"] == "COMPLETE" and steps is _SUBMISSION:
            for version in self._versions(submission):
                manual = version.attributes.get("releaseType") == "MANUAL"
                version.attributes.update(
                    appStoreState="PENDING_DEVELOPER_RELEASE" if manual else "READY_FOR_SALE",
                    appVersionState="PENDING_DEVELOPER_RELEASE" if manual else "READY_FOR_DISTRIBUTION",
                )

    def _versions(self, submission: Resource) -> list[Resource]:
        store = self._context.store
        items = store.where("reviewSubmissionItems", reviewSubmission=submission.id)
        ids = [str(item.links["appStoreVersion"]) for item in items if item.links.get("appStoreVersion")]
        return [version for id_ in ids if (version := store.get("appStoreVersions", id_)) is not None]

    # Progress

    def _advance(self, resource: Resource, attribute: str, steps: tuple[str, ...]) -> bool:
        """Move `attribute` one step along `steps` once enough reads have passed; whether it moved."""
        state = resource.attributes.get(attribute)
        if state not in steps[:-1] or not self._ready(resource):
            return False
        resource.attributes[attribute] = steps[steps.index(state) + 1]
        return True

    def _entered(self, resource: Resource) -> None:
        """A write just set the state: the write's own answer shows it, later reads move it on."""
        with self._lock:
            self._reads[resource.id] = -1

    def _ready(self, resource: Resource) -> bool:
        """Count a read; True (and start counting again) once `processing_polls` reads have passed."""
        with self._lock:
            reads = self._reads.get(resource.id, 0) + 1
            if reads <= self._context.settings.processing_polls:
                self._reads[resource.id] = reads
                return False
            self._reads.pop(resource.id, None)
            return True

    def _path(self, resource: Resource) -> str:
        return resource_url(self._context, resource).removeprefix(self._context.base_url)

    def _now(self) -> str:
        return apple_datetime(datetime.fromtimestamp(self._context.clock.now(), UTC))
