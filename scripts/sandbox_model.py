#!/usr/bin/env python3
"""Write the sandbox's model of the API (`overlay/app_store_connect/sandbox/model.json.gz`) from the
patched spec, the one `generated/` is made from.

The sandbox ships in the wheel and cannot read Apple's file at run time, so this keeps what a generic
JSON:API store needs: every operation (method, path, what it does, its query parameters and request
document), every resource type (attributes with their schemas, relationships with their targets) and
the schemas those refer to.

    python scripts/sandbox_model.py [--spec ../shared/spec/app-store-connect-openapi.json] [--check]

`regenerate.py` calls `write_model(patched_spec)` after patching, so the model follows the spec.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "overlay" / "app_store_connect" / "sandbox" / "model.json.gz"
DEFAULT_SPEC = ROOT.parent / "shared" / "spec" / "app-store-connect-openapi.json"
METHODS = ("get", "post", "patch", "delete")

Json = dict[str, Any]


def build_model(spec: Json) -> Json:
    """The model of a patched spec (see the module docstring)."""
    builder = _Builder(spec)
    return builder.build()


def model_bytes(spec: Json) -> bytes:
    """The model as written to disk: canonical JSON, gzip without a timestamp (reproducible)."""
    text = json.dumps(build_model(spec), sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def write_model(patched_spec: Json, path: Path = MODEL_PATH) -> Path:
    """Write the model of `patched_spec` to `path` (the sandbox package by default)."""
    path.write_bytes(model_bytes(patched_spec))
    return path


def patched(raw_spec: Json) -> Json:
    """A patched copy of `raw_spec`, exactly as regeneration patches it (spec/patches.py)."""
    sys.path.insert(0, str(ROOT / "spec"))
    import patches

    spec = copy.deepcopy(raw_spec)
    patches.apply_all(spec)
    return spec


class _Builder:
    def __init__(self, spec: Json) -> None:
        self.spec = spec
        self.schemas: Json = spec["components"]["schemas"]
        self.used: set[str] = set()

    def build(self) -> Json:
        operations = [
            self._operation(method, path, item[method])
            for path, item in sorted(self.spec["paths"].items())
            for method in METHODS
            if method in item
        ]
        types = self._types(operations)
        for operation in operations:
            self._settle(operation, types)
        definitions: Json = {}
        pending = sorted(self.used)
        while pending:
            name = pending.pop()
            if name in definitions:
                continue
            definitions[name] = self.schemas[name]
            pending.extend(sorted(_refs(self.schemas[name]) - definitions.keys()))
        return {
            "info": {"version": self.spec["info"].get("version")},
            "operations": operations,
            "types": types,
            "definitions": definitions,
        }

    # Operations

    def _operation(self, method: str, path: str, operation: Json) -> Json:
        segments = path.strip("/").split("/")
        success = sorted(code for code in operation["responses"] if code.startswith("2"))
        content = operation["responses"][success[0]].get("content") or {}
        result: Json = {
            "method": method.upper(),
            "path": path,
            "id": operation["operationId"],
            "status": [int(code) for code in success],
            "errors": sorted(code for code in operation["responses"] if not code.startswith("2")),
            "content": sorted(content),
            "params": {
                parameter["name"]: _parameter(parameter)
                for parameter in operation.get("parameters", [])
                if parameter.get("in") == "query"
            },
        }
        json_types = [
            name for name in sorted(content) if name == "application/json" or name.endswith("+json")
        ]
        schema = content[json_types[0]].get("schema", {}) if json_types else {}
        if "$ref" in schema:
            result["response"] = _ref_name(schema["$ref"])
            data_type = self._data_type(result["response"])
            if data_type:
                result["type"], result["many"] = data_type
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body and "$ref" in body:
            result["request"] = _ref_name(body["$ref"])
        result["kind"], result["base"], result["relationship"] = _kind(method, segments)
        if result["kind"] in ("add", "replace", "remove") and "request" in result:
            data_type = self._data_type(result["request"])  # linkage requests name the target type
            if data_type:
                result["type"], result["many"] = data_type
        if result["kind"] == "related" and "type" not in result:
            result["kind"] = "sample"  # metrics, logs and CSV files rather than resources
        return result

    def _data_type(self, response_name: str) -> tuple[str, bool] | None:
        """The resource type (and whether a list) of a response document's `data`."""
        data = self.schemas.get(response_name, {}).get("properties", {}).get("data")
        if not isinstance(data, dict):
            return None
        many = data.get("type") == "array"
        item = data.get("items", {}) if many else data
        if "$ref" in item:
            item = self.schemas[_ref_name(item["$ref"])]
        type_ = item.get("properties", {}).get("type", {}).get("const")
        return (type_, many) if isinstance(type_, str) else None

    def _settle(self, operation: Json, types: Json) -> None:
        """Record the schemas an operation needs: request documents, and responses served by sampling."""
        if "request" in operation:
            self.used.add(operation["request"])
        if operation["kind"] == "sample" and "response" in operation:
            self.used.add(operation["response"])

    # Resource types

    def _types(self, operations: list[Json]) -> Json:
        types: Json = {}
        for name, schema in self.schemas.items():
            type_ = schema.get("properties", {}).get("type", {}).get("const")
            if not isinstance(type_, str) or "id" not in schema.get("properties", {}):
                continue
            if name.endswith("InlineCreate"):
                continue
            if type_ in types and len(name) > len(types[type_]["schema"]):
                continue  # the shortest name: `App` rather than variants
            types[type_] = self._type(name, schema)
        paths: Json = {}
        for operation in operations:
            base = operation["base"]
            if operation["kind"] == "instance" and operation.get("type"):
                paths[operation["type"]] = base  # the latest version: /v2/inAppPurchases
            elif operation["kind"] in ("collection", "create") and operation.get("type"):
                paths.setdefault(operation["type"], base)
        base_types = {
            operation["base"]: operation["type"]
            for operation in operations
            if operation["kind"] in ("instance", "collection", "create", "update") and operation.get("type")
        }
        for operation in operations:
            owner = base_types.get(operation["base"])
            if owner is None and operation["base"].rsplit("/", 1)[-1] in types:
                owner = operation["base"].rsplit("/", 1)[-1]
                paths.setdefault(owner, operation["base"])
            if owner is not None:
                operation["owner"] = owner
            rel = operation["relationship"]
            if owner in types and rel and operation.get("type"):
                entry = types[owner]["relationships"].setdefault(rel, {})
                entry.setdefault("many", operation["many"])
                entry.setdefault("target", operation["type"])
        for type_, entry in types.items():
            entry["path"] = paths.get(type_)
            entry["relationships"] = {
                name: rel for name, rel in entry["relationships"].items() if rel.get("target") in types
            }
        return types

    def _type(self, name: str, schema: Json) -> Json:
        properties = schema["properties"]
        attributes = properties.get("attributes", {}).get("properties", {})
        for value in attributes.values():
            self.used.update(_refs(value))
        relationships: Json = {}
        for rel_name, rel in properties.get("relationships", {}).get("properties", {}).items():
            data = rel.get("properties", {}).get("data")
            entry: Json = {}
            if isinstance(data, dict):
                many = data.get("type") == "array"
                linkage = data.get("items", {}) if many else data
                target = linkage.get("properties", {}).get("type", {}).get("const")
                entry = {"many": many, "target": target} if target else {"many": many}
            relationships[rel_name] = entry
        return {"schema": name, "attributes": attributes, "relationships": relationships}


def _kind(method: str, segments: list[str]) -> tuple[str, str, str | None]:
    """What an operation does, its resource path (`/v1/apps`) and the relationship it is about."""
    base = "/" + "/".join(segments[:2])
    if len(segments) == 2:
        return {"get": "collection", "post": "create"}.get(method, "sample"), base, None
    if len(segments) == 3 and segments[2] == "{id}":
        return {"get": "instance", "patch": "update", "delete": "delete"}[method], base, None
    if len(segments) == 5 and segments[3] == "relationships":
        kind = {"get": "linkage", "post": "add", "patch": "replace", "delete": "remove"}[method]
        return kind, base, segments[4]
    if len(segments) == 4 and segments[2] == "{id}" and method == "get":
        return "related", base, segments[3]
    return "sample", base, None


def _parameter(parameter: Json) -> Json:
    schema = parameter.get("schema", {})
    entry: Json = {}
    if parameter.get("required"):
        entry["required"] = True
    items = schema.get("items", schema) if schema.get("type") == "array" else schema
    if schema.get("type") == "array":
        entry["list"] = True
    if "enum" in items:
        entry["enum"] = items["enum"]
    if "maximum" in schema:
        entry["maximum"] = schema["maximum"]
    if schema.get("type") == "integer":
        entry["integer"] = True
    return entry


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                found.add(_ref_name(current["$ref"]))
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="Apple's file (unpatched)")
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is out of date")
    args = parser.parse_args(argv)
    data = model_bytes(patched(json.loads(args.spec.read_bytes())))
    if args.check:
        if not MODEL_PATH.exists() or MODEL_PATH.read_bytes() != data:
            print(f"{MODEL_PATH.relative_to(ROOT)} is out of date: run python scripts/sandbox_model.py")
            return 1
        print("the sandbox model is up to date")
        return 0
    MODEL_PATH.write_bytes(data)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
