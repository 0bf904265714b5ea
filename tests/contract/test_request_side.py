"""Request side: for a broad sample of operations, the request built is the one the spec describes.

Path parameters are placed in the path, query parameters use their wire names with array values
comma-separated (S12), and JSON bodies drawn from the request schema are sent as that schema says.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from schema_strategies import documents
from spec_schemas import PROJECT_ROOT, SHARED_SPEC, json_schema, patched_spec

import app_store_connect_api
from app_store_connect_api import models

SAMPLE_EVERY = 8
INDEX = json.loads((PROJECT_ROOT / "generated" / "app_store_connect_api" / "operations.json").read_text())
BASE_URL = "https://api.appstoreconnect.apple.com"


def python_name(wire_name: str) -> str:
    """The generator's naming with the bracket rule of scripts/generator.py (S12)."""
    sys.path.insert(0, str(PROJECT_ROOT / "scripts"))
    from generator import _bracket_aware_names
    from openapi_python_client.strings import PythonIdentifier

    _bracket_aware_names()
    return str(PythonIdentifier(wire_name, "field_"))


def sample_value(schema: dict[str, Any]) -> Any:
    if schema.get("type") == "array":
        items = schema.get("items", {})
        return list(items.get("enum", ["alpha", "beta"])[:2]) if items.get("type") == "string" else [1, 2]
    if "enum" in schema:
        return schema["enum"][0]
    return {"integer": min(schema.get("maximum", 7), 7), "boolean": True}.get(
        schema.get("type", ""), "x-value"
    )


def wire_value(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def cases(run_slow: bool) -> list[dict[str, Any]]:
    if not SHARED_SPEC.is_file():
        return []
    return [entry for number, entry in enumerate(INDEX) if run_slow or number % SAMPLE_EVERY == 0]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "entry" in metafunc.fixturenames:
        entries = cases(metafunc.config.getoption("--run-slow"))
        metafunc.parametrize("entry", entries, ids=[entry["operation_id"] for entry in entries])


def test_request_matches_the_spec(entry: dict[str, Any]) -> None:
    operation = patched_spec()["paths"][entry["path"]][entry["method"].lower()]
    module = importlib.import_module(entry["module"])
    parameters = operation.get("parameters", []) + patched_spec()["paths"][entry["path"]].get(
        "parameters", []
    )
    kwargs: dict[str, Any] = {}
    expected_path, expected_query = entry["path"], {}
    for parameter in parameters:
        value = "ID-1" if parameter["in"] == "path" else sample_value(parameter["schema"])
        kwargs[python_name(parameter["name"])] = value
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", quote(value, safe=""))
        else:
            expected_query[parameter["name"]] = wire_value(value)

    body_ref = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    client = httpx.Client(base_url=BASE_URL)

    def check(body: dict[str, Any] | None) -> None:
        call = dict(kwargs)
        if body_ref is not None:
            call["body"] = getattr(models, body_ref["$ref"].rsplit("/", 1)[-1]).from_dict(body)
        request = client.build_request(**module._get_kwargs(**call))
        assert request.method == entry["method"]
        assert request.url.raw_path.decode().split("?")[0] == expected_path
        assert dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)) == expected_query
        if body_ref is not None:
            sent = json.loads(request.content)
            assert sent == call["body"].to_dict()
            jsonschema.validate(sent, json_schema(body_ref["$ref"].rsplit("/", 1)[-1]))

    if body_ref is None:
        check(None)
        return
    name = body_ref["$ref"].rsplit("/", 1)[-1]

    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(documents(json_schema(name), lenient=False))
    def check_bodies(body: dict[str, Any]) -> None:
        check(body)

    check_bodies()


def test_sample_covers_every_method() -> None:
    sampled = cases(run_slow=False)
    assert {entry["method"] for entry in sampled} == {"GET", "POST", "PATCH", "DELETE"}
    assert app_store_connect_api.__name__ == "app_store_connect_api"
