"""Request documents of creates, updates and relationship changes, checked against the spec's request
schema the way App Store Connect checks them: the `data` wrapper (422 ENTITY_UNPROCESSABLE, Q10),
`type`, required, unknown and ill-shaped attributes and relationships (409 ENTITY_ERROR.*), and the
related ids (409 ENTITY_ERROR.RELATIONSHIP.INVALID when one does not exist).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._catalog import catalog
from ._context import Context
from ._http import (
    Request,
    attribute_required,
    entity_error,
    relationship_invalid,
    relationship_required,
    unprocessable,
)
from ._model import Operation, load_model
from ._schemas import Schema, Schemas
from ._store import Relationship

LOCAL_ID_PREFIX = "${"  # an inline-created resource of the same request, e.g. `${price-1}`


@dataclass(frozen=True)
class Body:
    """The type, attributes and related ids of a valid request document."""

    type: str
    attributes: dict[str, Any]
    links: dict[Relationship, list[str]]

    def ids(self) -> dict[str, list[str]]:
        """The related ids by relationship name."""
        return {rel.name: ids for rel, ids in self.links.items()}

    def linked(self, name: str) -> str:
        """The one id of a (required) to-one relationship."""
        return self.ids()[name][0]


def parse_create(context: Context, request: Request, pattern: str | None = None) -> Body:
    """The create document of `request` (to `pattern`, by default the request's path)."""
    return _parse(context, request, _operation(request.method, pattern or request.path), None)


def parse_update(context: Context, request: Request, pattern: str, id_: str) -> Body:
    """The update document of resource `id_`; only what was sent is returned."""
    return _parse(context, request, _operation(request.method, pattern), id_)


def data_type(operation: Operation) -> str:
    """The `type` a create or update operation's request document must have."""
    return str(_data_schema(load_model().schemas, operation)["properties"]["type"]["const"])


def _operation(method: str, pattern: str) -> Operation:
    return load_model().operation(method, pattern)


def _parse(context: Context, request: Request, operation: Operation, id_: str | None) -> Body:
    schemas = load_model().schemas
    data_schema = _data_schema(schemas, operation)
    type_ = data_type(operation)
    data = request_data(request, type_)
    if id_ is not None:
        check_id(data, id_)
    creating = id_ is None
    attributes = _attributes(schemas, data, data_schema, creating=creating)
    links = _relationships(context, data, data_schema, creating=creating)
    return Body(type_, attributes, links)


def _data_schema(schemas: Schemas, operation: Operation) -> Schema:
    request = schemas.named(str(operation.request))
    return schemas.resolve(request["properties"]["data"])


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


def check_id(data: dict[str, Any], id_: str) -> None:
    """Apple's 409 when an update's `data.id` is not the id in the path."""
    if data.get("id") != id_:
        raise entity_error(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            f"The id in the request body does not match the id '{id_}' in the path",
            "/data/id",
        )


def _attributes(
    schemas: Schemas, data: dict[str, Any], data_schema: Schema, *, creating: bool
) -> dict[str, Any]:
    """The attributes sent, each checked against the spec (required, known, of the right shape)."""
    schema = schemas.resolve(data_schema.get("properties", {}).get("attributes", {}))
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise unprocessable("'attributes' must be a JSON object.")
    properties = schema.get("properties", {})
    if creating:
        for name in schema.get("required", ()):
            if attributes.get(name) is None:
                raise attribute_required(name)
    for name, value in attributes.items():
        if name not in properties:
            raise entity_error(
                "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
                "The provided entity includes an unknown attribute",
                f"'{name}' is not an attribute on the resource '{data['type']}'",
                f"/data/attributes/{name}",
            )
        if value is not None and (problem := schemas.problem(value, properties[name])) is not None:
            raise entity_error(
                "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "An attribute value is invalid.",
                f"'{value}' is not a valid value for the attribute '{name}': it {problem}",
                f"/data/attributes/{name}",
            )
    return dict(attributes)


def _relationships(
    context: Context, data: dict[str, Any], data_schema: Schema, *, creating: bool
) -> dict[Relationship, list[str]]:
    """The relationships sent, with their targets checked to exist."""
    schema = data_schema.get("properties", {}).get("relationships", {})
    sent = data.get("relationships") or {}
    if not isinstance(sent, dict):
        raise unprocessable("'relationships' must be a JSON object.")
    if creating:
        for name in schema.get("required", ()):
            if not isinstance(sent.get(name), dict) or sent[name].get("data") is None:
                raise relationship_required(name)
    resource_type = catalog()[str(data["type"])]
    linked: dict[Relationship, list[str]] = {}
    for name, value in sent.items():
        known = schema.get("properties", {}).get(name)
        rel = resource_type.relationship(name) or (_write_only(name, known) if known else None)
        if known is None or rel is None or not isinstance(value, dict):
            raise entity_error(
                "ENTITY_ERROR.RELATIONSHIP.UNKNOWN",
                "The provided entity includes an unknown relationship",
                f"'{name}' is not a relationship on the resource '{data['type']}'",
                f"/data/relationships/{name}",
            )
        linked[rel] = linkage_ids(context, rel, value, f"/data/relationships/{name}")
    return linked


def _write_only(name: str, schema: Schema) -> Relationship | None:
    """A relationship a request document names but the resource does not show (a review submission
    item's `reviewSubmission`): kept as an internal link."""
    data = schema.get("properties", {}).get("data", {})
    many = data.get("type") == "array"
    linkage = data.get("items", {}) if many else data
    target = linkage.get("properties", {}).get("type", {}).get("const")
    return Relationship(name, target, many, served=False) if isinstance(target, str) else None


def linkage_ids(context: Context, rel: Relationship, document: Any, base: str = "") -> list[str]:
    """The ids of a linkage document (`{"data": ...}`, found at `base` in the request) for `rel`; each
    must name a resource. Errors point at the identifier (a to-one at `base`, as Apple's do)."""
    data = document.get("data") if isinstance(document, dict) else None
    items = data if isinstance(data, list) else [] if data is None else [data]
    if isinstance(data, list) != rel.to_many or not all(isinstance(item, dict) for item in items):
        shape = "an array of resource identifiers" if rel.to_many else "one resource identifier or null"
        raise unprocessable(f"'{base}/data' must be {shape}.")
    ids = []
    for index, item in enumerate(items):
        where = f"{base}/data/{index}" if rel.to_many else base or "/data"
        id_ = item.get("id")
        if item.get("type") != rel.target or not isinstance(id_, str):
            raise relationship_invalid(
                f"A '{rel.name}' relationship takes resources of type '{rel.target}'", where
            )
        if id_.startswith(LOCAL_ID_PREFIX):
            continue  # created inline with the request (`included`); not kept by the sandbox
        context.store.require(rel.target, id_, where)
        ids.append(id_)
    return ids
