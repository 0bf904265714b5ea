"""Every write of the spec on a resource, served from the store: creates (201), updates, deletes and
relationship changes (add, replace, remove), with request documents checked against the spec the way
App Store Connect checks them; and the few operations whose answer is not a resource (metrics, logs,
CSV files), answered with a document made from the spec's schema.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ._catalog import catalog
from ._context import Context
from ._http import (
    Request,
    Response,
    attribute_required,
    entity_error,
    json_response,
    relationship_invalid,
    relationship_required,
    unprocessable,
)
from ._jsonapi import Query, owner_relationship, resource_document
from ._model import Model, Operation
from ._routing import Handler, Router
from ._schemas import Schema, Schemas
from ._seed import Ids, stable_int
from ._store import Relationship, Resource
from ._writes import check_id, request_data

WRITES = ("create", "update", "delete", "add", "replace", "remove", "sample")
LOCAL_ID_PREFIX = "${"  # an inline-created resource of the same request, e.g. `${price-1}`

# Called with (context, resource, attributes sent, related ids sent by relationship) before a create or
# update is stored; raises ApiError to refuse it, may set attributes, may drop sent ones (`submitted`).
Guard = Callable[[Context, Resource, dict[str, Any], dict[str, list[str]]], None]


class Resources:
    """The generic writes of one sandbox; `guards` add behaviour (state machines, roles) per type."""

    def __init__(self, model: Model, ids: Ids) -> None:
        self._model = model
        self._ids = ids
        self.create_guards: dict[str, Guard] = {}
        self.update_guards: dict[str, Guard] = {}

    def install(self, router: Router) -> None:
        """Serve every write and sampled operation not served by a module of its own."""
        for operation in self._model.operations:
            if operation.kind in WRITES and not router.serves(operation.method, operation.path):
                router.add(operation.method, operation.path, self._handler(operation))

    def _handler(self, operation: Operation) -> Handler:
        kinds: dict[str, Callable[[Operation], Handler]] = {
            "create": self._create,
            "update": self._update,
            "delete": self._delete,
            "add": self._relationship_write,
            "replace": self._relationship_write,
            "remove": self._relationship_write,
            "sample": self._sample,
        }
        return kinds[operation.kind](operation)

    # Resources

    def _create(self, operation: Operation) -> Handler:
        data_schema = _data_schema(self._model.schemas, operation)
        type_ = str(data_schema["properties"]["type"]["const"])

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            data = request_data(request, type_)
            attributes = _attributes(self._model.schemas, data, data_schema, creating=True)
            linked = _relationships(context, operation, data, data_schema, creating=True)
            with context.store.locked():
                resource = Resource(type_, self._new_id(type_), dict(attributes))
                if guard := self.create_guards.get(type_):
                    guard(context, resource, attributes, {rel.name: ids for rel, ids in linked.items()})
                context.store.add(resource)
                _link(context, resource, linked)
            document = resource_document(context, request, resource, Query())
            document["links"] = {"self": context.base_url + request.path}
            return json_response(document, _success(operation, 201))

        return handle

    def _update(self, operation: Operation) -> Handler:
        data_schema = _data_schema(self._model.schemas, operation)
        type_ = str(data_schema["properties"]["type"]["const"])

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            resource = context.store.require(type_, params["id"])
            data = request_data(request, type_)
            check_id(data, resource.id)
            attributes = _attributes(self._model.schemas, data, data_schema, creating=False)
            linked = _relationships(context, operation, data, data_schema, creating=False)
            with context.store.locked():
                if guard := self.update_guards.get(type_):
                    guard(context, resource, attributes, {rel.name: ids for rel, ids in linked.items()})
                for name, value in attributes.items():
                    if value is None:
                        resource.attributes.pop(name, None)
                    else:
                        resource.attributes[name] = value
                _link(context, resource, linked)
            return json_response(resource_document(context, request, resource, Query()))

        return handle

    def _delete(self, operation: Operation) -> Handler:
        type_ = str(operation.owner)

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            context.store.delete(type_, params["id"])
            return Response(_success(operation, 204), b"", None)

        return handle

    def _relationship_write(self, operation: Operation) -> Handler:
        """`POST` adds to, `DELETE` removes from and `PATCH` replaces a relationship's linkage."""
        owner_type, rel = owner_relationship(operation)

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            owner = context.store.require(owner_type, params["id"])
            ids = _linkage_ids(context, operation, rel, request.json(), "/data")
            with context.store.locked():
                current = [target.id for target in context.store.related(owner, rel)]
                if operation.kind == "add":
                    ids = current + [id_ for id_ in ids if id_ not in current]
                elif operation.kind == "remove":
                    ids = [id_ for id_ in current if id_ not in ids]
                context.store.link(owner, rel, ids)
            return Response(_success(operation, 204), b"", None)

        return handle

    # Answers that are not resources

    def _sample(self, operation: Operation) -> Handler:
        schemas = self._model.schemas

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            if operation.owner and "id" in params:
                context.store.require(operation.owner, params["id"])
            rng = random.Random(stable_int(context.settings.seed, request.path))
            if operation.response is None:  # a CSV file (one-time-use offer codes)
                codes = "".join(f"CODE{rng.randrange(10**8):08d}\n" for _ in range(5))
                return Response(200, codes.encode(), operation.content[0])
            document = schemas.sample(schemas.named(operation.response), rng, "data")
            response = json_response(document)
            response.content_type = operation.content[0]
            return response

        return handle

    def _new_id(self, type_: str) -> str:
        return self._ids.number() if type_ in ("apps", "inAppPurchases") else self._ids.uuid()


def _success(operation: Operation, preferred: int) -> int:
    return preferred if operation.documents(preferred) else operation.statuses[0]


def _data_schema(schemas: Schemas, operation: Operation) -> Schema:
    request = schemas.named(str(operation.request))
    return schemas.resolve(request["properties"]["data"])


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
    context: Context, operation: Operation, data: dict[str, Any], data_schema: Schema, *, creating: bool
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
        linked[rel] = _linkage_ids(context, operation, rel, value, f"/data/relationships/{name}/data")
    return linked


def _write_only(name: str, schema: Schema) -> Relationship | None:
    """A relationship a request document names but the resource does not show (a review submission
    item's `reviewSubmission`): kept as an internal link."""
    data = schema.get("properties", {}).get("data", {})
    many = data.get("type") == "array"
    linkage = data.get("items", {}) if many else data
    target = linkage.get("properties", {}).get("type", {}).get("const")
    return Relationship(name, target, many, served=False) if isinstance(target, str) else None


def _linkage_ids(
    context: Context, operation: Operation, rel: Relationship, document: Any, pointer: str
) -> list[str]:
    """The ids of a linkage document (`{"data": ...}`) for `rel`; each must name a resource."""
    data = document.get("data") if isinstance(document, dict) else None
    items = data if isinstance(data, list) else [] if data is None else [data]
    if isinstance(data, list) != rel.to_many or not all(isinstance(item, dict) for item in items):
        shape = "an array of resource identifiers" if rel.to_many else "one resource identifier or null"
        raise unprocessable(f"'{pointer}' must be {shape}.")
    ids = []
    for index, item in enumerate(items):
        where = f"{pointer}/{index}" if rel.to_many else pointer
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


def _link(context: Context, resource: Resource, linked: dict[Relationship, list[str]]) -> None:
    for rel, ids in linked.items():
        context.store.link(resource, rel, ids)
