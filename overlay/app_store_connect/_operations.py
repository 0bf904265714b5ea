"""The operations index: every operation of Apple's spec, read once from the generated `operations.json`.

One index for the paginator (largest page `limit`), the CLI (which operation a path is) and users
(`find_operation("GET /v1/apps/{id}/builds").python` is `"apps.list_builds"`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module, resources
from types import ModuleType
from typing import Any

from ._errors import ConfigurationError


@dataclass(frozen=True)
class Operation:
    """One operation: Apple's id, HTTP method and path, its endpoint module and its resource method."""

    operation_id: str
    method: str
    path: str
    module: str  # e.g. app_store_connect_api.api.apps.apps_builds_get_to_many_related
    python: str  # the resource method, e.g. apps.list_builds (asc.apps.list_builds)
    max_limit: int | None  # the largest page `limit` of a collection
    doc_url: str  # Apple's documentation page of the operation

    def __str__(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def is_collection(self) -> bool:
        """Whether it lists pages of items (it takes a `limit`)."""
        return self.max_limit is not None

    def endpoint(self) -> ModuleType:
        """The generated endpoint module, for `asc.call` / `asc.paginate`."""
        return import_module(self.module)

    def method_of(self, client: object) -> Callable[..., Any]:
        """The bound resource method of `client` (sync or async), e.g. `asc.apps.list_builds`."""
        resource, name = self.python.split(".")
        method: Callable[..., Any] = getattr(getattr(client, resource), name)
        return method


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, in operation id order."""
    text = resources.files("app_store_connect_api").joinpath("operations.json").read_text()
    return tuple(
        Operation(
            operation_id=entry["operation_id"],
            method=entry["method"],
            path=entry["path"],
            module=entry["module"],
            python=entry["python"],
            max_limit=entry["max_limit"],
            doc_url=entry["doc_url"],
        )
        for entry in json.loads(text)
    )


@cache
def by_module() -> dict[str, Operation]:
    """Operations by endpoint module name."""
    return {operation.module: operation for operation in operations()}


@cache
def _by_key() -> dict[str, Operation]:
    keys: dict[str, Operation] = {}
    for operation in operations():
        keys[operation.operation_id] = operation
        keys[operation.module.rsplit(".", 1)[1]] = operation
        keys[operation.python] = operation
        keys[f"{operation.method} {operation.path}"] = operation
    return keys


@cache
def _patterns(method: str) -> list[tuple[re.Pattern[str], Operation]]:
    """The operations of `method` with a pattern of their path: literal templates first, then fewer ids."""
    chosen = sorted(
        (operation for operation in operations() if operation.method == method),
        key=lambda operation: operation.path.count("{"),
    )
    return [(re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path))), op) for op in chosen]


def match(method: str, path: str) -> Operation | None:
    """The operation whose path template matches a concrete `path` (`/v1/apps/123/builds`), if any."""
    for pattern, operation in _patterns(method.upper()):
        if pattern.fullmatch(path):
            return operation
    return None


def find_operation(key: str) -> Operation:
    """An operation by "GET /v1/apps/{id}/builds" (or a concrete path), Apple's operation id
    (`apps_builds_getToManyRelated`), its endpoint module name or its Python name (`apps.list_builds`)."""
    found = _by_key().get(key.strip())
    if found is None:
        method, _, path = key.strip().partition(" ")
        found = match(method, path.strip().split("?")[0]) if path else None
    if found is None:
        raise ConfigurationError(
            f"no operation {key!r}: give 'METHOD /path', an operation id or a name such as 'apps.list'"
            " (docs/endpoints.md lists them all)"
        )
    return found
