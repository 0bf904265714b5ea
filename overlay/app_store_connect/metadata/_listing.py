"""The live listing: an app's editable version, its app info, and every value kept as a file, with ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._steps import Flow, Request
from . import _api
from ._errors import ListingNotFoundError
from ._fields import GLOBAL_FIELDS, LOCALIZED_FIELDS, Field, Key, Owner, age_rating_field
from ._folder import Value, Values

# Apple's states in which a version's metadata can still be edited.
EDITABLE_STATES = (
    "PREPARE_FOR_SUBMISSION",
    "DEVELOPER_REJECTED",
    "REJECTED",
    "METADATA_REJECTED",
    "INVALID_BINARY",
)
_CATEGORY_RELATIONSHIPS = tuple(f.attribute for f in GLOBAL_FIELDS if f.owner is Owner.APP_INFO)


@dataclass
class Listing:
    """What App Store Connect holds for one version of an app, and the ids to change it."""

    app_id: str
    version_id: str
    version_string: str
    app_info_id: str
    values: Values = field(default_factory=dict)
    version_localizations: dict[str, str] = field(default_factory=dict)  # locale -> id
    info_localizations: dict[str, str] = field(default_factory=dict)
    review_detail_id: str | None = None
    age_rating_id: str | None = None

    def localization_id(self, owner: Owner, locale: str) -> str | None:
        """The id of `locale`'s localization of `owner`, None when it does not exist yet."""
        table = self.version_localizations if owner is Owner.VERSION_LOCALIZATION else self.info_localizations
        return table.get(locale)


def read_listing(app: str, version: str | None, platform: str | None, *, editable: bool) -> Flow[Listing]:
    """Read the listing of `app` (an Apple id or a bundle id): the editable version, or `version`."""
    app_id = yield from find_app(app)
    version_item = yield from select_version(app_id, version, platform, editable=editable)
    info_item, extra = yield from _app_info(app_id)
    listing = Listing(
        app_id, version_item["id"], version_item["attributes"]["versionString"], info_item["id"]
    )
    values = listing.values
    values[Key(_global("copyright"))] = _text(version_item["attributes"].get("copyright"))
    for item in (yield from _api.fetch_all(_localizations("appStoreVersions", listing.version_id))):
        _localized(values, item, Owner.VERSION_LOCALIZATION)
        listing.version_localizations[item["attributes"]["locale"]] = item["id"]
    for item in (yield from _api.fetch_all(_localizations("appInfos", listing.app_info_id))):
        _localized(values, item, Owner.INFO_LOCALIZATION)
        listing.info_localizations[item["attributes"]["locale"]] = item["id"]
    review = yield from _api.fetch(
        _api.get(f"/v1/appStoreVersions/{listing.version_id}/appStoreReviewDetail")
    )
    if review["data"] is not None:
        listing.review_detail_id = review["data"]["id"]
        for f in GLOBAL_FIELDS:
            if f.owner is Owner.REVIEW_DETAIL:
                values[Key(f)] = _text(review["data"]["attributes"].get(f.attribute))
    for f in GLOBAL_FIELDS:
        if f.owner is Owner.APP_INFO:
            values[Key(f)] = _api.linked_id(info_item, f.attribute)
    listing.age_rating_id = _api.linked_id(info_item, "ageRatingDeclaration")
    declaration = extra.get(("ageRatingDeclarations", listing.age_rating_id or ""))
    for name, value in ((declaration or {}).get("attributes") or {}).items():
        values[Key(age_rating_field(name))] = value
    return listing


def find_app(app: str) -> Flow[str]:
    """The Apple id of `app`, given as an Apple id or a bundle id."""
    if app.isdigit():
        return app
    items = yield from _api.fetch_all(_api.get("/v1/apps", **{"filter[bundleId]": app, "limit": _api.PAGE}))
    exact = [item["id"] for item in items if item["attributes"].get("bundleId") == app]
    if not exact:
        raise ListingNotFoundError(f"no app with bundle id {app!r} is visible to this key; check `asc apps`")
    return str(exact[0])


def select_version(
    app_id: str, version: str | None, platform: str | None, *, editable: bool
) -> Flow[_api.Item]:
    """The version to read or change: the editable one (or `version`); for a pull, else the newest."""
    params = {"limit": _api.PAGE}
    if platform:
        params["filter[platform]"] = platform
    if version:
        params["filter[versionString]"] = version
    items = yield from _api.fetch_all(_api.get(f"/v1/apps/{app_id}/appStoreVersions", **params))
    candidates = [item for item in items if item["attributes"].get("appStoreState") in EDITABLE_STATES]
    if not editable and not candidates:
        candidates = sorted(items, key=lambda item: item["attributes"].get("createdDate") or "", reverse=True)
    if not candidates:
        which = f"version {version}" if version else "a version"
        states = (
            ", ".join(sorted({item["attributes"].get("appStoreState") or "?" for item in items})) or "none"
        )
        raise ListingNotFoundError(
            f"app {app_id} has no {which} whose metadata can be edited (states seen: {states}); create the "
            "next version in App Store Connect (or with `asc api POST /v1/appStoreVersions`) first"
        )
    if len({item["attributes"].get("platform") for item in candidates}) > 1 and not platform:
        raise ListingNotFoundError(
            f"app {app_id} has versions for several platforms; say which one (platform IOS, MAC_OS, ...)"
        )
    return candidates[0]


def _app_info(app_id: str) -> Flow[tuple[_api.Item, dict[tuple[str, str], _api.Item]]]:
    include = ",".join((*_CATEGORY_RELATIONSHIPS, "ageRatingDeclaration"))
    document = yield from _api.fetch(
        _api.get(f"/v1/apps/{app_id}/appInfos", include=include, limit=_api.PAGE)
    )
    items = document["data"]
    if not items:
        raise ListingNotFoundError(f"app {app_id} has no app info; Apple creates it with the app")
    editable = [
        item for item in items if _info_state(item) not in ("READY_FOR_SALE", "READY_FOR_DISTRIBUTION")
    ]
    return (editable or items)[0], _api.included(document)


def _info_state(item: _api.Item) -> str | None:
    attributes = item.get("attributes") or {}
    state = attributes.get("state") or attributes.get("appStoreState")
    return None if state is None else str(state)


def _localizations(parent: str, parent_id: str) -> Request:
    child = "appStoreVersionLocalizations" if parent == "appStoreVersions" else "appInfoLocalizations"
    return _api.get(f"/v1/{parent}/{parent_id}/{child}", limit=_api.PAGE)


def _localized(values: Values, item: _api.Item, owner: Owner) -> None:
    attributes = item["attributes"]
    for f in LOCALIZED_FIELDS:
        if f.owner is owner:
            values[Key(f, attributes["locale"])] = _text(attributes.get(f.attribute))


def _global(file: str) -> Field:
    return next(f for f in GLOBAL_FIELDS if f.file == file)


def _text(value: object) -> Value:
    """Apple's text as the folder holds it (no trailing white space); None stays None."""
    return value.rstrip() if isinstance(value, str) else None
