"""The resource types the sandbox serves, built from the spec's model: paths, attributes, relationships.

A relationship's ids are kept in its owner's `links[name]`; when the owner has no such link, they are
read back from the targets whose `inverse` link points at the owner (a build's `app` answers
`apps/{id}/builds`). Targets that cannot show the way back keep an internal link (`internal_link`);
`_INTERNAL` names those the hand-seeded account uses (an analytics report knows its request).
"""

from __future__ import annotations

from functools import cache

from ._model import Model, Operation, TypeModel, load_model
from ._store import Relationship, ResourceType

DEFAULT_MAX_LIMIT = 200
# (owner type, relationship) -> the link on the target that points back, where the spec has none.
_INTERNAL: dict[tuple[str, str], str] = {
    ("analyticsReportRequests", "reports"): "request",
    ("analyticsReports", "instances"): "report",
    ("analyticsReportInstances", "segments"): "instance",
    ("apps", "inAppPurchasesV2"): "app",
    ("apps", "inAppPurchases"): "app",
    ("apps", "analyticsReportRequests"): "app",
    ("apps", "buildUploads"): "app",
    ("appStoreVersions", "appStoreVersionPhasedRelease"): "appStoreVersion",
    ("reviewSubmissions", "items"): "reviewSubmission",
    ("buildUploads", "buildUploadFiles"): "buildUpload",
}


@cache
def catalog() -> dict[str, ResourceType]:
    """Every resource type of the spec by its `type`."""
    model = load_model()
    served: set[tuple[str | None, str | None]] = set()
    collections: dict[tuple[str | None, str], Operation] = {}
    for operation in model.operations:
        if operation.kind in ("related", "linkage"):
            served.add((operation.owner, operation.relationship))
        elif operation.kind == "collection":
            collections[operation.type, operation.base] = operation
    return {
        name: _resource_type(model, entry, served, collections.get((name, entry.path)))
        for name, entry in model.types.items()
    }


def _resource_type(
    model: Model,
    entry: TypeModel,
    served: set[tuple[str | None, str | None]],
    collection: Operation | None,
) -> ResourceType:
    limit = collection.params.get("limit") if collection else None
    relationships = tuple(
        Relationship(
            name,
            target,
            to_many,
            _inverse(model, entry.type, name, target, to_many),
            served=(entry.type, name) in served,
        )
        for name, (target, to_many) in entry.relationships.items()
    )
    return ResourceType(
        entry.type,
        entry.path,
        tuple(entry.attributes),
        relationships,
        listable=collection is not None,
        max_limit=(limit.maximum if limit and limit.maximum else DEFAULT_MAX_LIMIT),
    )


def _inverse(model: Model, owner: str, name: str, target: str, to_many: bool) -> str | None:
    """The link on `target` that points back to the owner: the one relationship of the target to the
    owner's type, or, for a to-many relationship the target cannot show, an internal link named
    `owner.relationship` (an app's subscription groups know their app)."""
    if (owner, name) in _INTERNAL:
        return _INTERNAL[owner, name]
    if target == owner:
        return None
    back = [rel for rel, (kind, _) in model.types[target].relationships.items() if kind == owner]
    if len(back) == 1:
        return back[0]
    return internal_link(owner, name) if to_many and not back else None


def internal_link(owner: str, name: str) -> str:
    """The name of the link a target keeps for a to-many relationship it cannot show."""
    return f"{owner}.{name}"
