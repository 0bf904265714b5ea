"""Request bodies of creates and updates, checked the way App Store Connect checks them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._http import Request, attribute_required, entity_error, relationship_required, unprocessable


@dataclass(frozen=True)
class Body:
    """The attributes and relationship ids of a valid request body."""

    attributes: dict[str, Any]
    relationships: dict[str, str]


def parse_create(
    request: Request,
    type_: str,
    *,
    required: Sequence[str],
    optional: Sequence[str] = (),
    enums: Mapping[str, Sequence[str]] | None = None,
    relationships: Sequence[str] = (),
) -> Body:
    """A create body of `type_` with its required attributes and to-one relationships."""
    data = request_data(request, type_)
    attributes = _attributes(data, type_, required, optional, enums or {})
    linked: dict[str, str] = {}
    for name in relationships:
        linkage = _member(_member(_member(data, "relationships"), name), "data")
        if not isinstance(linkage, dict) or not isinstance(linkage.get("id"), str):
            raise relationship_required(name)
        linked[name] = linkage["id"]
    return Body(attributes, linked)


def parse_update(
    request: Request,
    type_: str,
    id_: str,
    *,
    optional: Sequence[str],
    enums: Mapping[str, Sequence[str]] | None = None,
) -> Body:
    """An update body of resource `type_`/`id_`; only attributes that were sent are returned."""
    data = request_data(request, type_)
    check_id(data, id_)
    return Body(_attributes(data, type_, (), optional, enums or {}), {})


def check_id(data: dict[str, Any], id_: str) -> None:
    """Apple's 409 when an update's `data.id` is not the id in the path."""
    if data.get("id") != id_:
        raise entity_error(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            f"The id in the request body does not match the id '{id_}' in the path",
            "/data/id",
        )


def _member(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else None


def request_data(request: Request, type_: str) -> dict[str, Any]:
    """The request's `data` object of `type_` (422 when there is none, 409 for another type)."""
    document = request.json()
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        raise unprocessable("The request entity must be a JSON object with a 'data' member.")  # Q10
    data: dict[str, Any] = document["data"]
    if data.get("type") != type_:
        raise entity_error(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            f"The type '{data.get('type')}' is not valid for this request; expected '{type_}'",
            "/data/type",
        )
    return data


def _attributes(
    data: dict[str, Any],
    type_: str,
    required: Sequence[str],
    optional: Sequence[str],
    enums: Mapping[str, Sequence[str]],
) -> dict[str, Any]:
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise unprocessable("'attributes' must be a JSON object.")
    for name in required:
        if attributes.get(name) is None:
            raise attribute_required(name)
    for name, value in attributes.items():
        if name not in required and name not in optional:
            raise entity_error(
                "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
                "The provided entity includes an unknown attribute",
                f"'{name}' is not an attribute on the resource '{type_}'",
                f"/data/attributes/{name}",
            )
        if name in enums and value not in enums[name]:
            raise entity_error(
                "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "An attribute value is invalid.",
                f"'{value}' is not a valid value for the attribute '{name}'",
                f"/data/attributes/{name}",
            )
    return dict(attributes)
