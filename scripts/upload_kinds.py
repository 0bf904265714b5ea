#!/usr/bin/env python3
"""Write the upload engine's list of asset kinds (`overlay/app_store_connect/uploads/asset_kinds.json`)
from the patched spec: every resource whose attributes carry `uploadOperations`.

For each kind: its type, the generated modules of its create, read and update operations and of their
request models, the relationship to its parent (when the create requires one), the attributes the
create requires besides `fileName` and `fileSize`, and where its commit takes the file's MD5. The
upload engine reads this file at run time and imports a kind's modules only when it is used, so a kind
added in a later spec is uploadable once this script has run after regeneration.

    python scripts/upload_kinds.py [--spec ../shared/spec/app-store-connect-openapi.json] [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sandbox_model import DEFAULT_SPEC, ROOT, patched

KINDS_PATH = ROOT / "overlay" / "app_store_connect" / "uploads" / "asset_kinds.json"
_CHECKSUM_FIELDS = ("sourceFileChecksum", "sourceFileChecksums")  # in order of preference

Json = dict[str, Any]


def build_kinds(spec: Json) -> list[Json]:
    """The asset kinds of a patched spec, sorted by type."""
    schemas: Json = spec["components"]["schemas"]
    types = sorted(
        {
            _type(schema)
            for schema in schemas.values()
            if "uploadOperations" in _properties(schema, "attributes") and _type(schema)
        }
    )
    kinds = []
    for type_ in types:
        create = spec["paths"].get(f"/v1/{type_}", {}).get("post")
        instance = spec["paths"].get(f"/v1/{type_}/{{id}}", {})
        if create is None or "get" not in instance or "patch" not in instance:
            continue  # not reserved and committed the usual way
        create_request = _request_schema(create)
        update_request = _request_schema(instance["patch"])
        data = schemas[create_request]["properties"]["data"]
        relationships = data["properties"].get("relationships", {})
        required = relationships.get("required") or sorted(relationships.get("properties", {}))[:1]
        parent = required[0] if len(required) == 1 else None
        parent_type = None
        if parent is not None:
            linkage = relationships["properties"][parent]["properties"]["data"]
            parent_type = _type({"properties": {"type": linkage["properties"]["type"]}})
        update_attributes = _properties(schemas[update_request], "data", "attributes")
        checksum = next((name for name in _CHECKSUM_FIELDS if name in update_attributes), None)
        extra = [
            name
            for name in data["properties"]["attributes"].get("required", [])
            if name not in ("fileName", "fileSize")
        ]
        kinds.append(
            {
                "type": type_,
                "create": _module(create),
                "read": _module(instance["get"]),
                "update": _module(instance["patch"]),
                "createRequest": _model(create_request),
                "updateRequest": _model(update_request),
                "parentRelationship": parent,
                "parentType": parent_type,
                "checksum": checksum,
                "requiredAttributes": extra,
            }
        )
    return kinds


def kinds_text(spec: Json) -> str:
    """The file's text: canonical JSON."""
    return json.dumps({"kinds": build_kinds(spec)}, indent=1, sort_keys=True) + "\n"


def _type(schema: Json) -> str | None:
    type_ = schema.get("properties", {}).get("type", {})
    values = type_.get("enum") or ([type_["const"]] if "const" in type_ else [])
    return str(values[0]) if values else None


def _properties(schema: Json, *names: str) -> Json:
    for name in names:
        schema = schema.get("properties", {}).get(name, {})
    properties: Json = schema.get("properties", {})
    return properties


def _request_schema(operation: Json) -> str:
    ref: str = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


def _module(operation: Json) -> str:
    """`app_screenshots.app_screenshots_create_instance`: the generated endpoint's package and module."""
    return f"{_snake(operation['tags'][0])}.{_snake(operation['operationId'])}"


def _model(schema: str) -> str:
    """`app_screenshot_create_request.AppScreenshotCreateRequest`: the generated model's module and class."""
    return f"{_snake(schema)}.{schema}"


def _snake(name: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="Apple's file (unpatched)")
    parser.add_argument("--check", action="store_true", help="fail if the shipped list is out of date")
    args = parser.parse_args(argv)
    text = kinds_text(patched(json.loads(args.spec.read_bytes())))
    if args.check:
        if not KINDS_PATH.exists() or KINDS_PATH.read_text() != text:
            print(f"{KINDS_PATH.relative_to(ROOT)} is out of date: run python scripts/upload_kinds.py")
            return 1
        print("the asset kinds are up to date")
        return 0
    KINDS_PATH.write_text(text)
    print(f"wrote {KINDS_PATH.relative_to(ROOT)} ({len(json.loads(text)['kinds'])} kinds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
