"""The JSON Schema subset of Apple's spec: check a value against a schema, or make up a valid one."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

Schema = Mapping[str, Any]

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")  # RFC 3339
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_EPOCH = datetime(2024, 6, 1, tzinfo=UTC)


class Schemas:
    """Apple's named schemas (`#/components/schemas/...`), for resolving `$ref`s."""

    def __init__(self, definitions: Mapping[str, Schema]) -> None:
        self._definitions = definitions

    def resolve(self, schema: Schema) -> Schema:
        """`schema` with its `$ref` followed."""
        while "$ref" in schema:
            schema = self._definitions[str(schema["$ref"]).rsplit("/", 1)[-1]]
        return schema

    def named(self, name: str) -> Schema:
        """The schema called `name`."""
        return self._definitions[name]

    def problem(self, value: Any, schema: Schema) -> str | None:
        """Why `value` does not fit `schema` (None when it does); `null` is refused like Apple does."""
        schema = self.resolve(schema)
        if "oneOf" in schema or "anyOf" in schema:
            options = schema.get("oneOf") or schema.get("anyOf") or []
            fits = any(self.problem(value, option) is None for option in options)
            return None if fits else "matches none of the allowed shapes"
        kind = schema.get("type")
        if kind is None:
            return None
        if not isinstance(value, _JSON_TYPES.get(kind, (object,))) or (
            kind in ("integer", "number") and isinstance(value, bool)
        ):
            return f"must be {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        if "enum" in schema and value not in schema["enum"]:
            return f"must be one of {', '.join(map(str, schema['enum']))}"
        if "const" in schema and value != schema["const"]:
            return f"must be {schema['const']}"
        if isinstance(value, str):
            return _string_problem(value, schema.get("format"))
        if isinstance(value, list):
            for index, item in enumerate(value):
                if (problem := self.problem(item, schema.get("items", {}))) is not None:
                    return f"item {index} {problem}"
        if isinstance(value, dict):
            return self._object_problem(value, schema)
        return None

    def _object_problem(self, value: dict[str, Any], schema: Schema) -> str | None:
        properties = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                return f"needs '{name}'"
        for name, item in value.items():
            if name in properties and (problem := self.problem(item, properties[name])) is not None:
                return f"'{name}' {problem}"
        return None

    def sample(self, schema: Schema, rng: random.Random, name: str = "value", depth: int = 0) -> Any:
        """A value that fits `schema`, drawn from `rng`; `name` (the property's) shapes strings."""
        schema = self.resolve(schema)
        if "oneOf" in schema or "anyOf" in schema:
            options = schema.get("oneOf") or schema.get("anyOf") or [{}]
            return self.sample(options[0], rng, name, depth)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return rng.choice(schema["enum"])
        kind = schema.get("type", "object")
        if kind == "string":
            return _string(schema.get("format"), name, rng)
        if kind == "integer":
            return rng.randint(int(schema.get("minimum", 1)), int(schema.get("maximum", 1000)))
        if kind == "number":
            return round(rng.uniform(float(schema.get("minimum", 0)), float(schema.get("maximum", 100))), 2)
        if kind == "boolean":
            return rng.random() < 0.5
        if kind == "array":
            if depth > 4:
                return []
            return [
                self.sample(schema.get("items", {}), rng, name, depth + 1) for _ in range(rng.randint(1, 2))
            ]
        properties = schema.get("properties", {})
        return {  # deep down only what is required, so self-referencing schemas end
            key: self.sample(value, rng, key, depth + 1)
            for key, value in properties.items()
            if key in schema.get("required", ()) or (depth <= 4 and rng.random() < 0.7)
        }


def _string_problem(value: str, fmt: str | None) -> str | None:
    if fmt == "date-time" and not _DATE_TIME.fullmatch(value):
        return "must be a date and time such as 2024-06-01T12:00:00Z"
    if fmt == "date" and not _DATE.fullmatch(value):
        return "must be a date such as 2024-06-01"
    return None


def _string(fmt: str | None, name: str, rng: random.Random) -> str:
    moment = _EPOCH - timedelta(minutes=rng.randrange(0, 400 * 24 * 60))
    if fmt == "date-time":
        return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if fmt == "date":
        return moment.strftime("%Y-%m-%d")
    if fmt in ("uri", "uri-reference") or name.lower().endswith("url"):
        return f"https://example.com/{name}/{rng.randrange(10**6)}"
    if fmt == "email" or "email" in name.lower():
        return f"{name.lower()}{rng.randrange(1000)}@example.com"
    if fmt == "duration":
        return f"P{rng.randint(1, 30)}D"
    lowered = name.lower()
    if "locale" in lowered:
        return rng.choice(("en-US", "de-DE", "fr-FR", "ja"))
    if "version" in lowered:
        return f"{rng.randint(1, 5)}.{rng.randint(0, 9)}"
    return f"{name} {rng.randrange(1, 1000)}"
