"""Every cassette says where it comes from, and every JSON body in it parses with its operation's model."""

from __future__ import annotations

import importlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import app_store_connect_api
from app_store_connect_api.client import Client
from app_store_connect_api.models import ErrorResponse

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
ORIGINS = ("# reconstructed from public evidence: ", "# recorded live")
API_HOST = "api.appstoreconnect.apple.com"


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


@cache
def routes() -> list[tuple[str, re.Pattern[str], str]]:
    index = json.loads((Path(app_store_connect_api.__file__).parent / "operations.json").read_text())
    table = []
    for entry in index:
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(entry["path"]))
        table.append((entry["method"], re.compile(f"^{pattern}$"), entry["module"]))
    return table


def operation_module(method: str, path: str) -> Any:
    for route_method, pattern, module in routes():
        if route_method == method and pattern.match(path):
            return importlib.import_module(module)
    return None


def json_interactions() -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for path in cassette_files():
        for number, interaction in enumerate(
            (yaml.safe_load(path.read_text()) or {}).get("interactions", [])
        ):
            headers = {k.lower(): v for k, v in (interaction["response"].get("headers") or {}).items()}
            content_type = " ".join(headers.get("content-type", []))
            if "json" in content_type and httpx.URL(interaction["request"]["uri"]).host == API_HOST:
                found.append((str(path.relative_to(CASSETTES)), number, interaction))
    return found


@pytest.mark.parametrize("path", cassette_files(), ids=lambda path: str(path.relative_to(CASSETTES)))
def test_cassette_says_where_it_comes_from(path: Path) -> None:
    first_line = path.read_text().splitlines()[0]
    assert first_line.startswith(ORIGINS), f"{path.name} must start with one of {ORIGINS}"
    if first_line.startswith(ORIGINS[0]):
        assert re.search(r"\b[QS]\d+\b", first_line), "a reconstructed cassette names its quirk ID"


@pytest.mark.parametrize(
    ("cassette", "number", "interaction"), json_interactions(), ids=lambda value: str(value)[:60]
)
def test_cassette_body_parses_with_its_model(cassette: str, number: int, interaction: dict[str, Any]) -> None:
    request, recorded = interaction["request"], interaction["response"]
    body = recorded["body"]["string"]
    status = recorded["status"]["code"]
    document = json.loads(body)
    if status >= 400:
        error = ErrorResponse.from_dict(document)
        assert ErrorResponse.from_dict(error.to_dict()) == error
        return
    url = httpx.URL(request["uri"])
    module = operation_module(request["method"], url.path)
    assert module is not None, f"{request['method']} {url.path} is not an operation of the spec"
    response = httpx.Response(
        status, headers={"content-type": "application/json"}, content=body, request=httpx.Request("GET", url)
    )
    parsed = module.parse_response(response, client=Client(base_url=f"https://{API_HOST}")).parsed
    assert parsed is not None and not isinstance(parsed, ErrorResponse)
    assert type(parsed).from_dict(parsed.to_dict()) == parsed
