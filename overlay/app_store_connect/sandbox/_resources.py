"""Every write of the spec on a resource, served from the store: creates (201), updates, deletes and
relationship changes (add, replace, remove), with request documents checked by `_writes`; and the few
operations whose answer is not a resource (metrics, logs, CSV files), answered with a document made
from the spec's schema.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ._context import Context
from ._http import Request, Response, json_response
from ._jsonapi import Query, owner_relationship, resource_document
from ._model import Model, Operation
from ._routing import Handler, Router
from ._seed import Ids, stable_int
from ._store import Relationship, Resource
from ._writes import data_type, linkage_ids, parse_create, parse_update

WRITES = ("create", "update", "delete", "add", "replace", "remove", "sample")

# Called with (context, resource, attributes sent, related ids sent by relationship) before a create or
# update is stored; raises ApiError to refuse it, may set attributes, may drop sent ones (`submitted`).
Guard = Callable[[Context, Resource, dict[str, Any], dict[str, list[str]]], None]


class Resources:
    """The generic writes of one sandbox; guards add behaviour per type (the state machines)."""

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
        type_ = data_type(operation)

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            body = parse_create(context, request, operation.path)
            with context.store.locked():
                resource = Resource(type_, self._new_id(type_), dict(body.attributes))
                if guard := self.create_guards.get(type_):
                    guard(context, resource, body.attributes, body.ids())
                context.store.add(resource)
                _link(context, resource, body.links)
            document = resource_document(context, request, resource, Query())
            document["links"] = {"self": context.base_url + request.path}
            return json_response(document, _success(operation, 201))

        return handle

    def _update(self, operation: Operation) -> Handler:
        type_ = data_type(operation)

        def handle(context: Context, request: Request, params: dict[str, str]) -> Response:
            resource = context.store.require(type_, params["id"])
            body = parse_update(context, request, operation.path, resource.id)
            with context.store.locked():
                if guard := self.update_guards.get(type_):
                    guard(context, resource, body.attributes, body.ids())
                for name, value in body.attributes.items():
                    if value is None:
                        resource.attributes.pop(name, None)
                    else:
                        resource.attributes[name] = value
                _link(context, resource, body.links)
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
            ids = linkage_ids(context, rel, request.json())
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


def _link(context: Context, resource: Resource, linked: dict[Relationship, list[str]]) -> None:
    for rel, ids in linked.items():
        context.store.link(resource, rel, ids)
