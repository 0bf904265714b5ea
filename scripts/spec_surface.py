"""The API surface of a spec as sorted text lines, and a changelog between two surfaces.

A surface line is one of:
    operation <METHOD> <path> <operationId>
    schema <Name>
    property <Name>.<dotted.path> <type>
    enum <Name>.<dotted.path> <VALUE>
It is derived data (not a copy of Apple's file), committed as spec/surface.txt so a new release
of the spec is reviewed as a readable diff.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

_METHODS = ("get", "post", "patch", "put", "delete")
_KINDS = (
    ("operation", "Operations"),
    ("schema", "Schemas"),
    ("property", "Properties"),
    ("enum", "Enum values"),
)


def surface_of(spec: dict[str, Any]) -> set[str]:
    lines: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                lines.add(f"operation {method.upper()} {path} {item[method].get('operationId', '?')}")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        lines.add(f"schema {name}")
        _walk_schema(name, schema, lines)
    return lines


def _walk_schema(prefix: str, schema: Any, lines: set[str]) -> None:
    if not isinstance(schema, dict):
        return
    for value in schema.get("enum") or ():
        lines.add(f"enum {prefix} {value}")
    if "const" in schema:
        lines.add(f"enum {prefix} {schema['const']}")
    for name, prop in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}"
        lines.add(f"property {path} {_type_of(prop)}")
        _walk_schema(path, prop, lines)
    if isinstance(schema.get("items"), dict):
        _walk_schema(f"{prefix}[]", schema["items"], lines)


def _type_of(prop: Any) -> str:
    if not isinstance(prop, dict):
        return "?"
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
        return f"array<{_type_of(prop['items'])}>"
    for combinator in ("oneOf", "anyOf", "allOf"):
        if combinator in prop:
            return combinator
    return str(prop.get("type", "any"))


def read_surface(path: Path) -> set[str]:
    return {line for line in path.read_text().splitlines() if line}


def write_surface(path: Path, lines: set[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in sorted(lines)))


def diff_surfaces(old: set[str], new: set[str]) -> str:
    """A changelog a maintainer reads in minutes: additions and removals grouped by kind."""
    added, removed = new - old, old - new
    if not added and not removed:
        return "API surface: unchanged against spec/surface.txt"
    out = [f"API surface changes against spec/surface.txt: {len(added)} added, {len(removed)} removed"]
    for kind, title in _KINDS:
        grouped: dict[str, list[str]] = defaultdict(list)
        for sign, lines in (("+", added), ("-", removed)):
            for line in lines:
                if line.startswith(kind + " "):
                    grouped[sign].append(line[len(kind) + 1 :])
        if grouped:
            out.append(f"{title}: +{len(grouped['+'])} -{len(grouped['-'])}")
            out.extend(f"  {sign} {entry}" for sign in "+-" for entry in sorted(grouped[sign]))
    return "\n".join(out)
