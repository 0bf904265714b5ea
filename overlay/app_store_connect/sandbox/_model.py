"""Apple's API as the sandbox knows it: `model.json.gz`, written from the patched spec by
`scripts/sandbox_model.py` (every operation, resource type and the schemas they use)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ._schemas import Schema, Schemas


@dataclass(frozen=True)
class Parameter:
    """A query parameter of an operation: required or not, its allowed values and maximum."""

    name: str
    required: bool = False
    is_list: bool = False
    enum: tuple[str, ...] | None = None
    maximum: int | None = None
    integer: bool = False


@dataclass(frozen=True)
class Operation:
    """One of the spec's operations and what it does (`kind`: collection, instance, related, linkage,
    create, update, delete, add, replace, remove, sample)."""

    method: str
    path: str
    operation_id: str
    kind: str
    base: str
    statuses: tuple[int, ...]
    content: tuple[str, ...]
    params: dict[str, Parameter]
    errors: tuple[str, ...] = ()
    owner: str | None = None
    type: str | None = None
    many: bool = False
    relationship: str | None = None
    request: str | None = None
    response: str | None = None

    def documents(self, status: int) -> bool:
        """Whether the spec lists `status` among this operation's answers (success codes only)."""
        return status in self.statuses


@dataclass(frozen=True)
class TypeModel:
    """A resource type: its schema name, path, attribute schemas and relationships (target, to-many)."""

    type: str
    schema: str
    path: str
    attributes: dict[str, Schema]
    relationships: dict[str, tuple[str, bool]] = field(default_factory=dict)


@dataclass(frozen=True)
class Model:
    """Every operation and resource type, and the named schemas."""

    version: str
    operations: tuple[Operation, ...]
    types: dict[str, TypeModel]
    schemas: Schemas
    by_route: dict[tuple[str, str], Operation] = field(default_factory=dict)

    def operation(self, method: str, path: str) -> Operation:
        """The operation `method path` (a path as the spec writes it, e.g. `/v1/apps/{id}`)."""
        return self.by_route[method, path]


@cache
def load_model() -> Model:
    """The model shipped with the package (read once per process)."""
    data = resources.files(__package__).joinpath("model.json.gz").read_bytes()
    raw: dict[str, Any] = json.loads(gzip.decompress(data))
    operations = tuple(_operation(entry) for entry in raw["operations"])
    types = {
        name: TypeModel(
            name,
            entry["schema"],
            entry["path"] or f"/v1/{name}",
            entry["attributes"],
            {rel: (value["target"], bool(value["many"])) for rel, value in entry["relationships"].items()},
        )
        for name, entry in raw["types"].items()
    }
    by_route = {(operation.method, operation.path): operation for operation in operations}
    return Model(str(raw["info"]["version"]), operations, types, Schemas(raw["definitions"]), by_route)


def _operation(entry: dict[str, Any]) -> Operation:
    params = {
        name: Parameter(
            name,
            bool(value.get("required")),
            bool(value.get("list")),
            tuple(value["enum"]) if "enum" in value else None,
            value.get("maximum"),
            bool(value.get("integer")),
        )
        for name, value in entry["params"].items()
    }
    return Operation(
        entry["method"],
        entry["path"],
        entry["id"],
        entry["kind"],
        entry["base"],
        tuple(entry["status"]),
        tuple(entry["content"]),
        params,
        tuple(entry["errors"]),
        entry.get("owner"),
        entry.get("type"),
        bool(entry.get("many")),
        entry.get("relationship"),
        entry.get("request"),
        entry.get("response"),
    )
