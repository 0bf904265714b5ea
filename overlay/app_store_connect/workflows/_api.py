"""Every API request of the workflows, in one module (raw JSON:API through `asc.request`).

Each function is a flow (see `_run.py`). A create in a dry run answers a placeholder resource whose id
starts with `PLANNED`; reads under a planned id answer nothing, as the resource does not exist yet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

import httpx

from .._errors import ApiError, ConflictError
from .._retry import NOT_SENT_ERRORS
from ..reports._flow import Call, pages
from ._errors import OutcomeUnknownError
from ._run import Flow, document

Resource = dict[str, Any]
PLANNED = "planned-"


def planned(resource: Mapping[str, Any]) -> bool:
    """Whether `resource` is a dry run's placeholder for something not created."""
    return str(resource.get("id", "")).startswith(PLANNED)


def read(url: str, params: Mapping[str, str] | None = None) -> Flow[Resource]:
    """A document (`{}` under a planned id)."""
    if PLANNED in url:
        return {}
    return document((yield Call("GET", url, params)))


def collection(url: str, params: Mapping[str, str] | None = None) -> Flow[list[Resource]]:
    """Every item of a collection, all pages (the client's page walk, Q1-Q4); none under a planned id."""
    if PLANNED in url:
        return []
    return cast(list[Resource], (yield from cast(Flow[Any], pages(url, {"limit": "200", **(params or {})}))))


def create(type_: str, attributes: Mapping[str, Any], relationships: Mapping[str, Any]) -> Flow[Resource]:
    """POST a resource; in a dry run the placeholder `planned-<type>`."""
    data = {"type": type_, "attributes": dict(attributes), "relationships": _linkages(relationships)}
    if not attributes:
        del data["attributes"]
    answer = yield Call("POST", f"/v1/{type_}", json={"data": data})
    if answer is None:
        return {"type": type_, "id": PLANNED + type_, "attributes": dict(attributes)}
    return cast(Resource, document(answer).get("data") or {})


def update(
    type_: str, id_: str, attributes: Mapping[str, Any], relationships: Mapping[str, Any] | None = None
) -> Flow[Resource]:
    """PATCH attributes (and to-one relationships); the resource as Apple answers it ({} in a dry run)."""
    data: dict[str, Any] = {"type": type_, "id": id_, "attributes": dict(attributes)}
    if relationships:
        data["relationships"] = _linkages(relationships)
    answer = yield Call("PATCH", f"/v1/{type_}/{id_}", json={"data": data})
    return cast(Resource, document(answer).get("data") or {})


def link(owner: str, id_: str, relationship: str, type_: str, ids: Sequence[str]) -> Flow[None]:
    """Add to a to-many relationship (Apple ignores ids already linked)."""
    linkage = [{"type": type_, "id": item} for item in ids]
    yield Call("POST", f"/v1/{owner}/{id_}/relationships/{relationship}", json={"data": linkage})


def set_to_one(owner: str, id_: str, relationship: str, type_: str, target: str) -> Flow[None]:
    """Replace a to-one relationship."""
    body = {"data": {"type": type_, "id": target}}
    yield Call("PATCH", f"/v1/{owner}/{id_}/relationships/{relationship}", json=body)


def ensure(
    find: Callable[[], Flow[Resource | None]], make: Callable[[], Flow[Resource]], what: str
) -> Flow[tuple[Resource, bool]]:
    """The resource `find` finds, else the one `make` creates; whether it was created.

    A create answered 409, or failing in a way that may have worked (5xx, a cut connection: Q6, Q14), is
    never sent again: `find` looks once more, else the error says to run again.
    """
    found = yield from find()
    if found:
        return found, False
    try:
        return (yield from make()), True
    except (ApiError, httpx.TransportError) as error:
        if not (isinstance(error, ConflictError) or outcome_unknown(error)):
            raise
        found = yield from find()
        if found:
            return found, False
        if isinstance(error, ConflictError):
            raise
        raise OutcomeUnknownError(
            f"creating {what} failed ({brief(error)}) and may have worked; it was not sent again (Q14). "
            "Run again in a minute: the rerun finds it and goes on."
        ) from error


def outcome_unknown(error: ApiError | httpx.TransportError) -> bool:
    """Whether a write that raised `error` may have taken effect anyway (Q6, Q14)."""
    if isinstance(error, httpx.TransportError):
        return not isinstance(error, NOT_SENT_ERRORS)
    return error.status_code >= 500


def brief(error: Exception) -> str:
    """`502 on POST https://...`, or the transport error's name."""
    if isinstance(error, ApiError):
        return f"{error.status_code} on {error.method} {error.url}"
    return type(error).__name__


def related_id(resource: Mapping[str, Any], relationship: str) -> str | None:
    """The id a to-one relationship of `resource` links to, if its linkage was given."""
    data = ((resource.get("relationships") or {}).get(relationship) or {}).get("data")
    return str(data["id"]) if isinstance(data, Mapping) and data.get("id") else None


def related_ids(resource: Mapping[str, Any], relationship: str) -> list[str]:
    """The ids a to-many relationship of `resource` links to (as included)."""
    data = ((resource.get("relationships") or {}).get(relationship) or {}).get("data")
    return [str(item["id"]) for item in data or () if isinstance(item, Mapping)]


def included(document: Mapping[str, Any], type_: str, id_: str | None) -> Resource | None:
    """The `included` resource of that type and id."""
    for item in document.get("included") or ():
        if item.get("type") == type_ and item.get("id") == id_:
            return cast(Resource, item)
    return None


def _linkages(relationships: Mapping[str, Any]) -> dict[str, Any]:
    """`{"app": ("apps", "1")}` to JSON:API linkages."""
    linkages = {}
    for name, value in relationships.items():
        type_, id_ = value
        linkages[name] = {"data": {"type": type_, "id": id_}}
    return linkages
