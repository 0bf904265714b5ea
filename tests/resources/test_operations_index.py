"""One operations index (paginator, CLI, users); every operation reachable; docstrings say where to read."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from resource_support import Api

from app_store_connect import AppStoreConnect, AsyncAppStoreConnect, ConfigurationError, find_operation
from app_store_connect._operations import operations
from app_store_connect.cli._operations import find
from app_store_connect_api.api.apps import apps_builds_get_to_many_related

ENDPOINTS_MD = Path(__file__).resolve().parents[2] / "docs" / "endpoints.md"


def test_every_operation_is_a_method_of_both_clients() -> None:
    assert len(operations()) == 1263
    for operation in operations():
        resource = operation.python.split(".")[0]
        for client in (AppStoreConnect, AsyncAppStoreConnect):
            assert hasattr(getattr(client, resource), "__get__"), operation.python  # a lazy namespace
    sync, async_ = Api().sync(), Api().async_()
    for operation in operations():
        assert callable(operation.method_of(sync)) and callable(operation.method_of(async_))


@pytest.mark.parametrize(
    "key",
    [
        "GET /v1/apps/{id}/builds",
        "GET /v1/apps/123/builds",
        "apps_builds_getToManyRelated",
        "apps_builds_get_to_many_related",
        "apps.list_builds",
    ],
)
def test_find_operation_by_path_operation_id_or_name(key: str) -> None:
    operation = find_operation(key)
    assert operation.python == "apps.list_builds"
    assert operation.endpoint() is apps_builds_get_to_many_related
    assert (
        operation.doc_url
        == "https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds"
    )
    assert operation.method_of(Api().sync()).__name__ == "list_builds"


def test_an_unknown_operation_says_how_to_ask() -> None:
    with pytest.raises(ConfigurationError, match="METHOD /path"):
        find_operation("GET /v1/nothing")


def test_the_cli_reads_the_same_index() -> None:
    found = find("GET", "/v1/apps/123/builds")
    assert found is find_operation("GET /v1/apps/{id}/builds") and found.is_collection


def test_docstrings_name_method_path_and_apple_page() -> None:
    url = "https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds"
    for documented in (apps_builds_get_to_many_related.sync_detailed, Api().sync().apps.list_builds):
        text = inspect.getdoc(documented) or ""
        assert "GET /v1/apps/{id}/builds" in text and "apps_builds_getToManyRelated" in text and url in text


def test_the_endpoint_index_lists_every_operation() -> None:
    text = ENDPOINTS_MD.read_text()
    assert "1,263 of 1,263 operations are reachable" in text
    for operation in operations():
        assert f"`asc.{operation.python}`" in text
