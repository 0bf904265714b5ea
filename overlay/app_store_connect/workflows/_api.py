"""Every API request of the workflows, in one module (raw JSON:API through `asc.request`), so the
workflows can move to typed resources by changing only this file.

Each function is a flow of the library's step engine (`.._steps`). A create in a dry run (`_run.py`)
answers a placeholder resource whose id starts with `PLANNED`; reads under a planned id answer nothing,
as the resource does not exist yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from .._steps import Flow, Request, pages, read
from ._documents import PLANNED, Resource
from ._run import NOT_SENT

# Builds and TestFlight


def build(build_id: str, include: Sequence[str] = ()) -> Flow[dict[str, Any]]:
    """The build's document, with `include`d resources (at most 50 beta groups, more than builds get)."""
    params = {"include": ",".join(include), "limit[betaGroups]": "50"} if include else None
    return (yield from _read(f"/v1/builds/{build_id}", params))


def builds_numbered(app_id: str, number: str) -> Flow[list[Resource]]:
    """The app's builds with that build number (one per version and platform)."""
    return (yield from _collection("/v1/builds", {"filter[app]": app_id, "filter[version]": number}))


def pre_release_version(build_id: str) -> Flow[Resource | None]:
    """The build's version string and platform (its `preReleaseVersion`)."""
    return (yield from _read(f"/v1/builds/{build_id}/preReleaseVersion")).get("data")


def unexpired_builds(app_id: str) -> Flow[list[Resource]]:
    """The app's builds not expired yet, newest first."""
    params = {"filter[app]": app_id, "filter[expired]": "false", "sort": "-uploadedDate"}
    return (yield from _collection("/v1/builds", params))


def update_build(build_id: str, changes: Mapping[str, Any]) -> Flow[Resource]:
    """Change attributes of a build (`usesNonExemptEncryption`, `expired`)."""
    return (yield from _update("builds", build_id, changes))


def beta_groups(app_id: str) -> Flow[list[Resource]]:
    """The app's beta groups."""
    return (yield from _collection(f"/v1/apps/{app_id}/betaGroups"))


def testers_with_email(email: str) -> Flow[list[Resource]]:
    """The beta testers with that email."""
    return (yield from _collection("/v1/betaTesters", {"filter[email]": email}))


def add_build_to_groups(build_id: str, group_ids: Sequence[str]) -> Flow[None]:
    """Add the build to beta groups (Apple ignores groups it is in already)."""
    yield from _link("builds", build_id, "betaGroups", "betaGroups", group_ids)


def add_build_testers(build_id: str, tester_ids: Sequence[str]) -> Flow[None]:
    """Give individual testers the build."""
    yield from _link("builds", build_id, "individualTesters", "betaTesters", tester_ids)


def build_localizations(build_id: str) -> Flow[list[Resource]]:
    """The build's What to Test, one per locale."""
    return (yield from _collection(f"/v1/builds/{build_id}/betaBuildLocalizations"))


def create_build_localization(build_id: str, locale: str, text: str) -> Flow[Resource]:
    """What to Test in a new locale."""
    attributes = {"locale": locale, "whatsNew": text}
    return (yield from _create("betaBuildLocalizations", attributes, {"build": ("builds", build_id)}))


def update_build_localization(localization_id: str, text: str) -> Flow[Resource]:
    """Change What to Test."""
    return (yield from _update("betaBuildLocalizations", localization_id, {"whatsNew": text}))


def beta_reviews(build_id: str) -> Flow[list[Resource]]:
    """The build's beta review submissions (one at most)."""
    return (yield from _collection("/v1/betaAppReviewSubmissions", {"filter[build]": build_id}))


def submit_for_beta_review(build_id: str) -> Flow[Resource]:
    """Submit the build for beta review."""
    return (yield from _create("betaAppReviewSubmissions", {}, {"build": ("builds", build_id)}))


# The App Store


def app(app_id: str) -> Flow[Resource]:
    """The app."""
    return cast(Resource, (yield from _read(f"/v1/apps/{app_id}")).get("data") or {})


def versions(app_id: str, version_string: str, platform: str) -> Flow[list[Resource]]:
    """The app's App Store versions with that version string on that platform."""
    params = {"filter[versionString]": version_string, "filter[platform]": platform}
    return (yield from _collection(f"/v1/apps/{app_id}/appStoreVersions", params))


def create_version(
    app_id: str, version_string: str, platform: str, release: Mapping[str, Any]
) -> Flow[Resource]:
    """A new App Store version, with its release type attributes."""
    attributes = {"platform": platform, "versionString": version_string, **release}
    return (yield from _create("appStoreVersions", attributes, {"app": ("apps", app_id)}))


def update_version(version_id: str, changes: Mapping[str, Any]) -> Flow[Resource]:
    """Change a version's attributes (release type and date)."""
    return (yield from _update("appStoreVersions", version_id, changes))


def version_build(version_id: str) -> Flow[Resource | None]:
    """The build attached to the version."""
    return (yield from _read(f"/v1/appStoreVersions/{version_id}/build")).get("data")


def attach_build(version_id: str, build_id: str) -> Flow[None]:
    """Attach a build to the version (replacing the one attached)."""
    body = {"data": {"type": "builds", "id": build_id}}
    yield Request("PATCH", f"/v1/appStoreVersions/{version_id}/relationships/build", json=body)


def version_localizations(version_id: str) -> Flow[list[Resource]]:
    """The version's localizations (their `whatsNew` are the release notes)."""
    return (yield from _collection(f"/v1/appStoreVersions/{version_id}/appStoreVersionLocalizations"))


def create_version_localization(version_id: str, locale: str, text: str) -> Flow[Resource]:
    """Release notes in a new locale."""
    relationships = {"appStoreVersion": ("appStoreVersions", version_id)}
    return (
        yield from _create(
            "appStoreVersionLocalizations", {"locale": locale, "whatsNew": text}, relationships
        )
    )


def update_version_localization(localization_id: str, text: str) -> Flow[Resource]:
    """Change the release notes of a locale."""
    return (yield from _update("appStoreVersionLocalizations", localization_id, {"whatsNew": text}))


def phased_release(version_id: str) -> Flow[Resource | None]:
    """The version's phased release, if it has one."""
    return (yield from _read(f"/v1/appStoreVersions/{version_id}/appStoreVersionPhasedRelease")).get("data")


def create_phased_release(version_id: str) -> Flow[Resource]:
    """A phased release for the version (INACTIVE until the version is released)."""
    relationships = {"appStoreVersion": ("appStoreVersions", version_id)}
    return (
        yield from _create("appStoreVersionPhasedReleases", {"phasedReleaseState": "INACTIVE"}, relationships)
    )


def update_phased_release(phased_id: str, state: str) -> Flow[Resource]:
    """Pause (PAUSED), resume (ACTIVE) or complete (COMPLETE) a phased release."""
    return (yield from _update("appStoreVersionPhasedReleases", phased_id, {"phasedReleaseState": state}))


def request_release(version_id: str) -> Flow[Resource]:
    """Release an approved version waiting for the developer."""
    relationships = {"appStoreVersion": ("appStoreVersions", version_id)}
    return (yield from _create("appStoreVersionReleaseRequests", {}, relationships))


def review_submissions(app_id: str, platform: str, states: Sequence[str]) -> Flow[list[Resource]]:
    """The app's review submissions on that platform in one of `states`."""
    params = {"filter[app]": app_id, "filter[platform]": platform, "filter[state]": ",".join(states)}
    return (yield from _collection("/v1/reviewSubmissions", params))


def review_submission(submission_id: str) -> Flow[Resource]:
    """One review submission."""
    return cast(Resource, (yield from _read(f"/v1/reviewSubmissions/{submission_id}")).get("data") or {})


def create_review_submission(app_id: str, platform: str) -> Flow[Resource]:
    """A new review submission (READY_FOR_REVIEW)."""
    return (yield from _create("reviewSubmissions", {"platform": platform}, {"app": ("apps", app_id)}))


def submission_items(submission_id: str) -> Flow[list[Resource]]:
    """The submission's items, with the linkage to their version."""
    return (
        yield from _collection(f"/v1/reviewSubmissions/{submission_id}/items", {"include": "appStoreVersion"})
    )


def add_submission_item(submission_id: str, version_id: str) -> Flow[Resource]:
    """Put a version in a review submission."""
    relationships = {
        "reviewSubmission": ("reviewSubmissions", submission_id),
        "appStoreVersion": ("appStoreVersions", version_id),
    }
    return (yield from _create("reviewSubmissionItems", {}, relationships))


def update_review_submission(submission_id: str, changes: Mapping[str, Any]) -> Flow[Resource]:
    """Submit (`submitted: true`) or cancel (`canceled: true`) a review submission."""
    return (yield from _update("reviewSubmissions", submission_id, changes))


# The requests


def _read(url: str, params: Mapping[str, str] | None = None) -> Flow[dict[str, Any]]:
    """A document ({} under a planned id)."""
    if PLANNED in url:
        return {}
    return read(f"GET {url}", _object, (yield Request("GET", url, params)))


def _collection(url: str, params: Mapping[str, str] | None = None) -> Flow[list[Resource]]:
    """Every item of a collection, all pages (the client's page walk, Q1-Q4); none under a planned id."""
    if PLANNED in url:
        return []
    return (yield from pages(url, {"limit": "200", **(params or {})}))


def _create(
    type_: str, attributes: Mapping[str, Any], relationships: Mapping[str, tuple[str, str]]
) -> Flow[Resource]:
    """POST a resource; in a dry run the placeholder `planned-<type>`."""
    linkages = {name: {"data": {"type": kind, "id": id_}} for name, (kind, id_) in relationships.items()}
    data: dict[str, Any] = {"type": type_, **({"attributes": dict(attributes)} if attributes else {})}
    data["relationships"] = linkages
    answer = yield Request("POST", f"/v1/{type_}", json={"data": data})
    if answer is NOT_SENT:
        return {"type": type_, "id": PLANNED + type_, "attributes": dict(attributes)}
    return read(f"POST /v1/{type_}", _data, answer)


def _update(type_: str, id_: str, attributes: Mapping[str, Any]) -> Flow[Resource]:
    """PATCH attributes; the resource as Apple answers it ({} in a dry run or for an empty answer)."""
    body = {"data": {"type": type_, "id": id_, "attributes": dict(attributes)}}
    answer = yield Request("PATCH", f"/v1/{type_}/{id_}", json=body)
    if answer is NOT_SENT or answer is None:
        return {}
    return read(f"PATCH /v1/{type_}/{id_}", _data, answer)


def _link(owner: str, id_: str, relationship: str, type_: str, ids: Sequence[str]) -> Flow[None]:
    """Add to a to-many relationship (Apple answers 204 No Content)."""
    linkage = [{"type": type_, "id": item} for item in ids]
    yield Request("POST", f"/v1/{owner}/{id_}/relationships/{relationship}", json={"data": linkage})


def _object(document: Any) -> dict[str, Any]:
    """The document, if it is a JSON object (`read` turns the TypeError into a `ResponseFormatError`)."""
    if not isinstance(document, dict):
        raise TypeError(f"a JSON:API document is an object, not {type(document).__name__}")
    return document


def _data(document: Any) -> Resource:
    """The resource in the document's `data`."""
    return _object(_object(document)["data"])
