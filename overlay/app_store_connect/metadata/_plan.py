"""The plan of a push: the folder's values compared with the live listing, field by field (no I/O)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from .._steps import Request
from . import _api
from ._errors import ListingNotFoundError
from ._fields import Key, Owner
from ._folder import Value
from ._listing import Listing

_ORDER = list(Owner)


@dataclass(frozen=True)
class Change:
    """One value to change: what App Store Connect has (`old`) and what the folder says (`new`)."""

    path: str  # `en-US/description`, `copyright`, `age_rating/gambling`
    old: Value
    new: Value


@dataclass(frozen=True)
class Action:
    """One request of a push and the changes it makes, e.g. `update the de-DE version localization`."""

    what: str
    request: Request
    changes: tuple[Change, ...]


def plan_push(listing: Listing, wanted: Mapping[Key, Value]) -> tuple[Action, ...]:
    """The requests that make the listing say what the folder says; nothing for values already equal."""
    changed = [
        (key, listing.values.get(key), new)
        for key, value in wanted.items()
        if (new := _wanted(value)) != listing.values.get(key)
    ]
    changed.sort(key=lambda entry: (_ORDER.index(entry[0].field.owner), entry[0].locale or "", entry[0].path))
    actions = []
    for (owner, locale), group in groupby(changed, key=lambda entry: (entry[0].field.owner, entry[0].locale)):
        entries = list(group)
        changes = tuple(Change(key.path, old, new) for key, old, new in entries)
        fields = {key.field.attribute: new for key, _, new in entries}
        what, request = _request(listing, owner, locale, fields)
        actions.append(Action(what, request, changes))
    return tuple(actions)


def _wanted(value: Value) -> Value:
    """An empty file clears the value (sent as an explicit null, Q16)."""
    return None if value == "" else value


def _request(
    listing: Listing, owner: Owner, locale: str | None, fields: dict[str, Any]
) -> tuple[str, Request]:
    if owner.localized and locale is not None:
        kind = "version" if owner is Owner.VERSION_LOCALIZATION else "app info"
        existing = listing.localization_id(owner, locale)
        if existing is not None:
            return f"update the {locale} {kind} localization", _api.update(owner.value, existing, fields)
        parent = (
            ("appStoreVersion", ("appStoreVersions", listing.version_id))
            if owner is Owner.VERSION_LOCALIZATION
            else ("appInfo", ("appInfos", listing.app_info_id))
        )
        attributes = {
            "locale": locale,
            **{name: value for name, value in fields.items() if value is not None},
        }
        return f"create the {locale} {kind} localization", _api.create(
            owner.value, attributes, dict([parent])
        )
    if owner is Owner.VERSION:
        return f"update version {listing.version_string}", _api.update(
            owner.value, listing.version_id, fields
        )
    if owner is Owner.REVIEW_DETAIL:
        if listing.review_detail_id is not None:
            return "update the review details", _api.update(owner.value, listing.review_detail_id, fields)
        attributes = {name: value for name, value in fields.items() if value is not None}
        parents = {"appStoreVersion": ("appStoreVersions", listing.version_id)}
        return "create the review details", _api.create(owner.value, attributes, parents)
    if owner is Owner.APP_INFO:
        links = {
            name: ("appCategories", None if value is None else str(value)) for name, value in fields.items()
        }
        return "update the categories", _api.update(owner.value, listing.app_info_id, relationships=links)
    if listing.age_rating_id is None:
        raise ListingNotFoundError("the app info has no age rating declaration to update; Apple creates it")
    return "update the age rating", _api.update(owner.value, listing.age_rating_id, fields)
