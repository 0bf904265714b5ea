"""JSON:API reads as App Store Connect serves them: cursor pages, filters, sort, sparse fields, `include`.

Every GET of the spec on a resource is served from the store: collections, instances, related
resources (`{path}/{id}/{relationship}`) and linkages (`{path}/{id}/relationships/{relationship}`).
Query parameters are checked against the operation's own list, as Apple does.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from ._catalog import catalog
from ._context import Context
from ._http import (
    Request,
    Response,
    json_response,
    parameter_illegal,
    parameter_invalid,
    parameter_required,
)
from ._model import Operation, Parameter
from ._quirks import Quirk
from ._routing import Handler, Router
from ._store import Relationship, Resource, ResourceType

DEFAULT_LIMIT = 50
DEFAULT_INCLUDED_LIMIT = 10
MAX_INCLUDED_LIMIT = 50
READS = ("collection", "instance", "related", "linkage")
# What a Q2 server hands out instead of a usable cursor: well-formed base64, but no offset inside.
REJECTED_CURSOR = base64.urlsafe_b64encode(b'{"token":"expired"}').decode().rstrip("=")


@dataclass(frozen=True)
class Query:
    """The parsed query parameters of one read."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0
    fields: Mapping[str, frozenset[str]] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    include_limits: Mapping[str, int] = field(default_factory=dict)
    filters: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = ()
    exists: tuple[tuple[str, bool], ...] = ()
    sort: tuple[str, ...] = ()


def register(router: Router, operations: tuple[Operation, ...]) -> None:
    """Serve every read operation not served by a module of its own."""
    for operation in operations:
        if operation.kind in READS and not router.serves(operation.method, operation.path):
            router.add(operation.method, operation.path, _HANDLERS[operation.kind](operation))


def encode_cursor(offset: int) -> str:
    """An opaque cursor in the shape Apple's have (base64 of a small JSON object)."""
    return (
        base64.urlsafe_b64encode(json.dumps({"offset": str(offset)}, separators=(",", ":")).encode())
        .decode()
        .rstrip("=")
    )


def decode_cursor(cursor: str) -> int:
    """The offset inside a cursor, or Apple's 400 for a cursor it does not know (Q2)."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset = int(data["offset"])
    except (binascii.Error, UnicodeDecodeError, ValueError, TypeError, KeyError):
        offset = -1
    if offset < 0:
        raise parameter_invalid("cursor", f"'{cursor}' is not a valid cursor for this request")
    return offset


def parse_query(request: Request, operation: Operation) -> Query:
    """Check the query against the parameters `operation` takes, and parse it."""
    values: dict[str, Any] = {}
    fields: dict[str, frozenset[str]] = {}
    include_limits: dict[str, int] = {}
    filters: list[tuple[tuple[str, ...], frozenset[str]]] = []
    exists: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for name, value in request.params:
        if name in seen:  # S12: arrays are comma-separated, never a repeated key
            raise parameter_invalid(
                name, f"The parameter '{name}' is given more than once; list its values comma-separated"
            )
        seen.add(name)
        if name == "cursor" and operation.many:
            values["offset"] = decode_cursor(value)
            continue
        parameter = operation.params.get(name)
        if parameter is None:
            raise parameter_illegal(name)
        items = _check(parameter, value)
        family, _, rest = name.partition("[")
        key = rest[:-1]
        if name == "limit":
            values["limit"] = int(value)
        elif name == "sort":
            values["sort"] = items
        elif name == "include":
            values["include"] = items
        elif family == "fields":
            fields[key] = frozenset(items)
        elif family == "limit":
            include_limits[key] = int(value)
        elif family == "filter":
            filters.append((tuple(key.split(".")), frozenset(items)))
        elif family == "exists":
            exists.append((key, value == "true"))
    for parameter in operation.params.values():
        if parameter.required and parameter.name not in seen:
            raise parameter_required(parameter.name)
    return Query(
        fields=fields, include_limits=include_limits, filters=tuple(filters), exists=tuple(exists), **values
    )


def _check(parameter: Parameter, value: str) -> tuple[str, ...]:
    """The parameter's values, or Apple's 400 for an empty, unknown or out-of-range one."""
    name = parameter.name
    if parameter.integer:
        maximum = parameter.maximum or (MAX_INCLUDED_LIMIT if name.startswith("limit[") else 200)
        if not value.isdigit() or not 1 <= int(value) <= maximum:
            raise parameter_invalid(name, f"'{value}' is not a valid value for '{name}'; use 1 to {maximum}")
        return (value,)
    items = tuple(value.split(",")) if parameter.is_list else (value,)
    for item in items:
        if not item or (parameter.enum is not None and item not in parameter.enum):
            raise parameter_invalid(name, f"'{item}' is not a valid value for '{name}'")
    if name.startswith("exists[") and value not in ("true", "false"):
        raise parameter_invalid(name, f"'{value}' is not a valid value for '{name}'; use true or false")
    return items


def select(context: Context, type_: str, items: list[Resource], query: Query) -> list[Resource]:
    """The items that pass the query's filters, in the query's sort order.

    A filter naming something the store does not keep (e.g. a computed state) does not filter.
    """
    resource_type = catalog()[type_]
    kept = [
        item
        for item in items
        if all(
            (values := _values(context, resource_type, item, path)) is None or wanted & set(values)
            for path, wanted in query.filters
        )
        and all(
            (values := _values(context, resource_type, item, (name,))) is None or bool(values) == present
            for name, present in query.exists
        )
    ]
    for key in reversed(query.sort):
        name = key.removeprefix("-")
        kept.sort(key=lambda item: _sort_key(item.attributes.get(name)), reverse=key.startswith("-"))
    return kept


def list_document(
    context: Context, request: Request, type_: str, items: list[Resource], query: Query
) -> dict[str, Any]:
    """One page of `items` with Apple's `links` and `meta.paging`, plus `included` when asked for."""
    page, links, paging = _page(context, request, type_, items, query)
    included: dict[tuple[str, str], dict[str, Any]] = {}
    document: dict[str, Any] = {"data": [serialize(context, item, query, included) for item in page]}
    if query.include:
        document["included"] = list(included.values())
    document.update(links=links, meta={"paging": paging})
    return document


def resource_document(
    context: Context, request: Request, resource: Resource | None, query: Query
) -> dict[str, Any]:
    """A single-resource document (`data` is null for an empty to-one relationship, S2)."""
    included: dict[tuple[str, str], dict[str, Any]] = {}
    data = None if resource is None else serialize(context, resource, query, included)
    document: dict[str, Any] = {"data": data}
    if query.include:
        document["included"] = list(included.values())
    document["links"] = {"self": context.base_url + request.target}
    return document


def resource_url(context: Context, resource: Resource) -> str:
    """Where `resource` lives, e.g. `http://127.0.0.1:5321/v1/apps/123`."""
    return f"{context.base_url}{catalog()[resource.type].path}/{resource.id}"


def serialize(
    context: Context, resource: Resource, query: Query, included: dict[tuple[str, str], dict[str, Any]] | None
) -> dict[str, Any]:
    """A resource object; included targets are added to `included` (one level deep, as Apple does)."""
    context.observe(resource)
    resource_type = catalog()[resource.type]
    wanted = query.fields.get(resource.type)
    url = resource_url(context, resource)
    document: dict[str, Any] = {"type": resource.type, "id": resource.id}
    attributes = {
        name: value for name, value in resource.attributes.items() if wanted is None or name in wanted
    }
    if attributes:
        document["attributes"] = attributes
    relationships: dict[str, Any] = {}
    for rel in resource_type.relationships:
        if wanted is None or rel.name in wanted:
            entry = _relationship(context, resource, rel, url, query, included)
            if entry:
                relationships[rel.name] = entry
    if relationships:
        document["relationships"] = relationships
    document["links"] = {"self": url}
    return document


def _relationship(
    context: Context,
    resource: Resource,
    rel: Relationship,
    url: str,
    query: Query,
    included: dict[tuple[str, str], dict[str, Any]] | None,
) -> dict[str, Any]:
    """A relationship object: `links` when it is served, `data` (and included targets) when asked for."""
    entry: dict[str, Any] = {}
    if rel.served:
        entry["links"] = {"self": f"{url}/relationships/{rel.name}", "related": f"{url}/{rel.name}"}
    if included is None or rel.name not in query.include:
        return entry
    targets = context.store.related(resource, rel)
    if rel.to_many:
        limit = query.include_limits.get(rel.name, DEFAULT_INCLUDED_LIMIT)
        entry["meta"] = {"paging": {"total": len(targets), "limit": limit}}
        targets = targets[:limit]
        entry["data"] = [linkage(target) for target in targets]
    else:
        targets = targets[:1]
        entry["data"] = linkage(targets[0]) if targets else None
    for target in targets:
        if (target.type, target.id) not in included:
            included[target.type, target.id] = serialize(context, target, query, None)
    return entry


def _page(
    context: Context, request: Request, type_: str, items: list[Resource], query: Query
) -> tuple[list[Resource], dict[str, str], dict[str, Any]]:
    faults = context.faults
    if faults.enabled(Quirk.Q5) and query.limit > context.settings.slow_limit:
        context.wait(context.settings.slow_delay)  # Q5: large pages are slow
    total = len(items)
    page = items[query.offset : query.offset + query.limit]
    self_url = context.base_url + request.target
    links = {"self": self_url}
    paging: dict[str, Any] = {"total": total, "limit": query.limit}
    next_offset = query.offset + query.limit
    # Q1: inAppPurchasesV2 keeps offering a next page, empty ones, after `total` is reached.
    endless = type_ == "inAppPurchases" and faults.enabled(Quirk.Q1)
    if next_offset < total or endless:
        cursor = encode_cursor(next_offset)
        second_page = query.offset == query.limit
        if second_page and faults.enabled(Quirk.Q2):  # Q2: the next link repeats the page just served
            links["next"] = self_url
            paging["nextCursor"] = dict(request.params).get("cursor", cursor)
            return page, links, paging
        if second_page and faults.enabled(Quirk.Q2_CURSOR):  # Q2: a cursor the server then refuses
            cursor = REJECTED_CURSOR
        params = [(name, value) for name, value in request.params if name != "cursor"]
        links["next"] = f"{context.base_url}{request.path}?{urlencode([('cursor', cursor), *params])}"
        paging["nextCursor"] = cursor
    return page, links, paging


def _collection_handler(operation: Operation) -> Handler:
    type_ = str(operation.type)

    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        query = parse_query(request, operation)
        items = select(context, type_, context.store.all(type_), query)
        return json_response(list_document(context, request, type_, items, query))

    return handle


def _instance_handler(operation: Operation) -> Handler:
    type_ = str(operation.type)

    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        query = parse_query(request, operation)
        resource = context.store.require(type_, params["id"])
        return json_response(resource_document(context, request, resource, query))

    return handle


def owner_relationship(operation: Operation) -> tuple[str, Relationship]:
    """The owner type and the relationship a relationship operation is about."""
    owner = str(operation.owner)
    rel = catalog()[owner].relationship(str(operation.relationship))
    if rel is None:
        raise LookupError(f"{operation.path}: no relationship {operation.relationship} on {owner}")
    return owner, rel


def _related_handler(operation: Operation) -> Handler:
    """`GET {path}/{id}/{rel}`: the related resources."""
    owner_type, rel = owner_relationship(operation)

    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        owner = context.store.require(owner_type, params["id"])
        query = parse_query(request, operation)
        targets = context.store.related(owner, rel)
        if operation.many:
            items = select(context, rel.target, targets, query)
            return json_response(list_document(context, request, rel.target, items, query))
        return json_response(resource_document(context, request, targets[0] if targets else None, query))

    return handle


def _linkage_handler(operation: Operation) -> Handler:
    """`GET {path}/{id}/relationships/{rel}`: the linkage of the related resources."""
    owner_type, rel = owner_relationship(operation)

    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        owner = context.store.require(owner_type, params["id"])
        query = parse_query(request, operation)
        targets = context.store.related(owner, rel)
        if operation.many:
            page, links, paging = _page(context, request, rel.target, targets, query)
            document: dict[str, Any] = {
                "data": [linkage(item) for item in page],
                "links": links,
                "meta": {"paging": paging},
            }
        else:
            data = linkage(targets[0]) if targets else None
            document = {"data": data, "links": {"self": context.base_url + request.target}}
        return json_response(document)

    return handle


_HANDLERS = {
    "collection": _collection_handler,
    "instance": _instance_handler,
    "related": _related_handler,
    "linkage": _linkage_handler,
}


def linkage(resource: Resource) -> dict[str, str]:
    """A resource identifier object."""
    return {"type": resource.type, "id": resource.id}


def _values(
    context: Context, resource_type: ResourceType, resource: Resource, path: tuple[str, ...]
) -> list[str] | None:
    """The values at `path` (an attribute, `id`, or relationships down to one), None when unknown."""
    head, rest = path[0], path[1:]
    if not rest and head == "id":
        return [resource.id]
    if not rest and head in resource_type.attributes:
        value = resource.attributes.get(head)
        return [_text(item) for item in value] if isinstance(value, list) else [_text(value)]
    rel = resource_type.relationship(head)
    if rel is None:
        return None
    targets = context.store.related(resource, rel)
    if not rest:
        return [target.id for target in targets]
    found = [_values(context, catalog()[rel.target], target, rest) for target in targets]
    if any(values is None for values in found):
        return None
    return [value for values in found if values is not None for value in values]


def _sort_key(value: Any) -> tuple[bool, Any]:
    return (value is None, 0 if value is None else value)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)
