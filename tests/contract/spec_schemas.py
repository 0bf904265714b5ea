"""OpenAPI 3.0 schemas of the patched spec as plain JSON Schema, for hypothesis-jsonschema and jsonschema."""

from __future__ import annotations

import copy
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = PROJECT_ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
_KEPT_FORMATS = {"date-time", "date"}
_MAX_DEPTH = 7
CUT = {"x-recursion-cut": True}  # where a recursive schema stops: strategies draw nothing there


@cache
def patched_spec() -> dict[str, Any]:
    """Apple's file with our patches applied, as the generated client was built from it."""
    sys.path.insert(0, str(PROJECT_ROOT / "spec"))
    import patches

    spec: dict[str, Any] = json.loads(SHARED_SPEC.read_bytes())
    patches.apply_all(spec)
    return spec


def json_schema(name: str) -> dict[str, Any]:
    """The named component with every $ref inlined (recursion cut at a depth), nullable made explicit."""
    schemas = patched_spec()["components"]["schemas"]
    return _convert(copy.deepcopy(schemas[name]), schemas, depth=0, stack=(name,))


def _convert(node: Any, schemas: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_convert(item, schemas, depth, stack) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in stack or depth >= _MAX_DEPTH:
            return dict(CUT)
        return _convert(copy.deepcopy(schemas[name]), schemas, depth + 1, (*stack, name))
    converted = {
        key: _keyword(key, value, schemas, depth, stack)
        for key, value in node.items()
        if key not in ("discriminator", "nullable", "deprecated", "example", "title", "description")
    }
    if converted.get("format") not in _KEPT_FORMATS:
        converted.pop("format", None)
    if node.get("nullable"):
        converted = {"anyOf": [converted, {"type": "null"}]}
    return converted


def _keyword(key: str, value: Any, schemas: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
    if key in ("enum", "const", "required"):
        return value
    if key == "properties":  # property names are data, not keywords: never filtered
        return {name: _convert(prop, schemas, depth, stack) for name, prop in value.items()}
    return _convert(value, schemas, depth, stack)
