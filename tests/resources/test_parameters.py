"""Parameter values are never silently dropped: checked before any request, for resources, `call` and
`paginate` alike (issue 12: a str filter used to list every app)."""

from __future__ import annotations

import pytest
from resource_support import Api

from app_store_connect import ConfigurationError, ParameterTypeError
from app_store_connect_api.api.apps import apps_get_collection, apps_get_instance, apps_update_instance
from app_store_connect_api.models import AppResponse


def test_a_str_for_an_array_filter_is_one_value_on_every_path() -> None:
    api = Api()
    asc = api.sync()
    asc.call(apps_get_collection, filter_bundle_id="com.example.app")
    list(asc.paginate(apps_get_collection, filter_bundle_id="com.example.app"))
    asc.apps.list_page(filter_bundle_id="com.example.app")
    assert [request.url.params["filter[bundleId]"] for request in api.requests] == ["com.example.app"] * 3


@pytest.mark.parametrize("values", [("a", "b"), ["a", "b"]])
def test_any_non_str_sequence_is_accepted(values: object) -> None:
    api = Api()
    api.sync().call(apps_get_collection, filter_bundle_id=values)
    assert api.last.url.params["filter[bundleId]"] == "a,b"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda asc: asc.apps.get(None), ParameterTypeError, "id must be a string id"),
        (lambda asc: asc.call(apps_get_instance, None), ParameterTypeError, "id must be a string id"),
        (
            lambda asc: asc.apps.list(filter_bundle_id=5),
            ParameterTypeError,
            "filter_bundle_id takes a string",
        ),
        (lambda asc: asc.apps.list(filter_name=[1]), ParameterTypeError, "filter_name takes strings"),
        (lambda asc: asc.apps.list(limit="10"), ParameterTypeError, "limit takes a int"),
        (lambda asc: asc.apps.list(fields_apps=["nmae"]), ConfigurationError, "'nmae' is not one of"),
        (lambda asc: asc.paginate(apps_get_collection, include="nope"), ConfigurationError, "'nope' is not"),
        (lambda asc: asc.apps.list(exists_game_center_enabled_versions="yes"), ParameterTypeError, "True or"),
        (lambda asc: asc.call(apps_update_instance, "1", body=42), ParameterTypeError, "body must be"),
    ],
)
def test_anything_else_raises_before_any_request(call, error, message) -> None:  # type: ignore[no-untyped-def]
    api = Api()
    with pytest.raises(error, match=message):
        call(api.sync())
    assert api.requests == []


def test_type_errors_are_type_errors_and_in_the_library_error_tree() -> None:
    assert issubclass(ParameterTypeError, TypeError) and issubclass(ParameterTypeError, ConfigurationError)


def test_call_takes_positional_ids_a_dict_body_and_a_timeout() -> None:
    api = Api()
    asc = api.sync()
    found = asc.call(apps_get_instance, "123", fields_apps="name", timeout=2.0)
    assert isinstance(found, AppResponse)
    assert api.last.url.path == "/v1/apps/123" and api.last.url.params["fields[apps]"] == "name"
    assert api.last.extensions["timeout"]["read"] == 2.0
    asc.call(apps_update_instance, "123", body={"data": {"type": "apps", "id": "123"}})
    assert api.last.method == "PATCH" and api.last.content == b'{"data":{"type":"apps","id":"123"}}'
