"""JSON:API reads as App Store Connect serves them: cursor pages, filters, sort, sparse fields, `include`.

Every resource type in the catalog gets `GET {path}/{id}`, `GET {path}/{id}/{relationship}` and
`GET {path}/{id}/relationships/{relationship}`; listable types also get `GET {path}`.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from ._catalog import CATALOG, TYPES
from ._context import Context
from ._http import Request, Response, json_response, parameter_illegal, parameter_invalid
from ._quirks import Quirk
from ._routing import Handler, Router
from ._store import Relationship, Resource, ResourceType

DEFAULT_LIMIT = 50
DEFAULT_INCLUDED_LIMIT = 10
MAX_INCLUDED_LIMIT = 50
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
    sort: tuple[str, ...] = ()


def register(router: Router) -> None:
    """Add the generic read routes of every catalog type."""
    for resource_type in TYPES:
        if resource_type.listable:
            router.add("GET", resource_type.path, _collection_handler(resource_type))
        router.add("GET", f"{resource_type.path}/{{id}}", _instance_handler(resource_type))
        for rel in (rel for rel in resource_type.relationships if rel.served):
            related = _relationship_handler(resource_type, rel, linkage=False)
            router.add("GET", f"{resource_type.path}/{{id}}/{rel.name}", related)
            linkage = _relationship_handler(resource_type, rel, linkage=True)
            router.add("GET", f"{resource_type.path}/{{id}}/relationships/{rel.name}", linkage)


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


def parse_query(request: Request, resource_type: ResourceType, *, collection: bool) -> Query:
    """Validate and parse the query of a read of `resource_type` (a list when `collection`)."""
    values: dict[str, Any] = {}
    fields: dict[str, frozenset[str]] = {}
    include_limits: dict[str, int] = {}
    filters: list[tuple[tuple[str, ...], frozenset[str]]] = []
    seen: set[str] = set()
    for name, value in request.params:
        if name in seen:  # S12: arrays are comma-separated, never a repeated key
            raise parameter_invalid(
                name, f"The parameter '{name}' is given more than once; list its values comma-separated"
            )
        seen.add(name)
        family, _, rest = name.partition("[")
        key = rest[:-1] if rest.endswith("]") else None
        if collection and name == "limit":
            values["limit"] = _integer(name, value, resource_type.max_limit)
        elif collection and name == "cursor":
            values["offset"] = decode_cursor(value)
        elif collection and name == "sort":
            values["sort"] = _names(name, value, resource_type.attributes, signed=True)
        elif name == "include":
            values["include"] = _names(name, value, [rel.name for rel in resource_type.relationships])
        elif family == "fields" and key in CATALOG:
            known = CATALOG[key]
            fields[key] = frozenset(
                _names(name, value, [*known.attributes, *(r.name for r in known.relationships)])
            )
        elif family == "limit" and _to_many(resource_type, key):
            include_limits[str(key)] = _integer(name, value, MAX_INCLUDED_LIMIT)
        elif family == "filter" and collection and key and _filterable(resource_type, key.split(".")):
            filters.append((tuple(key.split(".")), frozenset(value.split(","))))
        else:
            raise parameter_illegal(name)
    return Query(fields=fields, include_limits=include_limits, filters=tuple(filters), **values)


def select(
    context: Context, resource_type: ResourceType, items: list[Resource], query: Query
) -> list[Resource]:
    """The items that pass the query's filters, in the query's sort order."""
    kept = [
        item
        for item in items
        if all(wanted & set(_values(context, resource_type, item, path)) for path, wanted in query.filters)
    ]
    for key in reversed(query.sort):
        name = key.removeprefix("-")
        kept.sort(key=lambda item: _sort_key(item.attributes.get(name)), reverse=key.startswith("-"))
    return kept


def list_document(
    context: Context, request: Request, resource_type: ResourceType, items: list[Resource], query: Query
) -> dict[str, Any]:
    """One page of `items` with Apple's `links` and `meta.paging`, plus `included` when asked for."""
    page, links, paging = _page(context, request, resource_type, items, query)
    included: dict[tuple[str, str], dict[str, Any]] = {}
    document: dict[str, Any] = {"data": [serialize(context, item, query, included) for item in page]}
    if query.include:
        document["included"] = list(included.values())
    document.update(links=links, meta={"paging": paging})
    return document


def resource_document(
    context: Context, request: Request, resource: Resource | None, query: Query
) -> dict[str, Any]:
    """A single-resource document (`data` is null for an empty to-one relationship)."""
    included: dict[tuple[str, str], dict[str, Any]] = {}
    data = None if resource is None else serialize(context, resource, query, included)
    document: dict[str, Any] = {"data": data}
    if query.include:
        document["included"] = list(included.values())
    document["links"] = {"self": context.base_url + request.target}
    return document


def serialize(
    context: Context, resource: Resource, query: Query, included: dict[tuple[str, str], dict[str, Any]] | None
) -> dict[str, Any]:
    """A resource object; included targets are added to `included` (one level deep, as Apple does)."""
    context.observe(resource)
    resource_type = CATALOG[resource.type]
    wanted = query.fields.get(resource.type)
    url = f"{context.base_url}{resource_type.path}/{resource.id}"
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
        entry["data"] = [_linkage(target) for target in targets]
    else:
        targets = targets[:1]
        entry["data"] = _linkage(targets[0]) if targets else None
    for target in targets:
        if (target.type, target.id) not in included:
            included[target.type, target.id] = serialize(context, target, query, None)
    return entry


def _page(
    context: Context, request: Request, resource_type: ResourceType, items: list[Resource], query: Query
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
    endless = resource_type.type == "inAppPurchases" and faults.enabled(Quirk.Q1)
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


def _collection_handler(resource_type: ResourceType) -> Handler:
    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        query = parse_query(request, resource_type, collection=True)
        items = select(context, resource_type, context.store.all(resource_type.type), query)
        return json_response(list_document(context, request, resource_type, items, query))

    return handle


def _instance_handler(resource_type: ResourceType) -> Handler:
    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        query = parse_query(request, resource_type, collection=False)
        resource = context.store.require(resource_type.type, params["id"])
        return json_response(resource_document(context, request, resource, query))

    return handle


def _relationship_handler(resource_type: ResourceType, rel: Relationship, *, linkage: bool) -> Handler:
    """`GET {path}/{id}/{rel}` (the related resources), or with `linkage` `.../relationships/{rel}`."""
    target_type = CATALOG[rel.target]

    def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
        owner = context.store.require(resource_type.type, params["id"])
        query = parse_query(request, target_type, collection=rel.to_many)
        targets = context.store.related(owner, rel)
        document: dict[str, Any]
        if linkage and rel.to_many:
            page, links, paging = _page(context, request, target_type, targets, query)
            document = {"data": [_linkage(item) for item in page], "links": links, "meta": {"paging": paging}}
        elif linkage:
            data = _linkage(targets[0]) if targets else None
            document = {"data": data, "links": {"self": context.base_url + request.target}}
        elif rel.to_many:
            items = select(context, target_type, targets, query)
            document = list_document(context, request, target_type, items, query)
        else:
            document = resource_document(context, request, targets[0] if targets else None, query)
        return json_response(document)

    return handle


def _linkage(resource: Resource) -> dict[str, str]:
    return {"type": resource.type, "id": resource.id}


def _integer(name: str, value: str, maximum: int) -> int:
    if not value.isdigit() or not 1 <= int(value) <= maximum:
        raise parameter_invalid(name, f"'{value}' is not a valid value for '{name}'; use 1 to {maximum}")
    return int(value)


def _names(name: str, value: str, allowed: Sequence[str], *, signed: bool = False) -> tuple[str, ...]:
    items = tuple(value.split(","))
    for item in items:
        if (item.removeprefix("-") if signed else item) not in allowed:
            raise parameter_invalid(name, f"'{item}' is not a valid value for '{name}'")
    return items


def _to_many(resource_type: ResourceType, name: str | None) -> bool:
    rel = resource_type.relationship(name or "")
    return rel is not None and rel.to_many


def _filterable(resource_type: ResourceType, path: list[str]) -> bool:
    head, rest = path[0], path[1:]
    if not rest:
        return (
            head == "id" or head in resource_type.attributes or resource_type.relationship(head) is not None
        )
    rel = resource_type.relationship(head)
    return rel is not None and _filterable(CATALOG[rel.target], rest)


def _values(
    context: Context, resource_type: ResourceType, resource: Resource, path: tuple[str, ...]
) -> list[str]:
    head, rest = path[0], path[1:]
    if not rest and head == "id":
        return [resource.id]
    if not rest and head in resource_type.attributes:
        return [_text(resource.attributes.get(head))]
    rel = resource_type.relationship(head)
    assert rel is not None  # checked by _filterable
    targets = context.store.related(resource, rel)
    if not rest:
        return [target.id for target in targets]
    return [value for target in targets for value in _values(context, CATALOG[rel.target], target, rest)]


def _sort_key(value: Any) -> tuple[bool, Any]:
    return (value is None, 0 if value is None else value)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)
