"""`asc.apps.list/get/create/update/delete` and relationships, through the real client path (issue 12)."""

from __future__ import annotations

import httpx
import pytest
from resource_support import Api, app, document

from app_store_connect import ConfigurationError, IncompleteListingError, StopReason
from app_store_connect_api.models import App, AppResponse, AppsResponse, BetaGroupCreateRequest


def paged(request: httpx.Request) -> httpx.Response:
    """Two pages; the second links back to the first (Q2) so only the guard ends the walk."""
    if request.url.params.get("cursor") == "2":
        return httpx.Response(
            200, json=document([app("2")], links={"self": "x", "next": "/v1/apps?cursor=1"})
        )
    return httpx.Response(200, json=document([app("1")], links={"self": "x", "next": "/v1/apps?cursor=2"}))


def test_list_iterates_every_item_across_pages_with_the_guards() -> None:
    api = Api(paged)
    with pytest.raises(IncompleteListingError):  # Q2: a link back to a page read may hide items
        list(api.sync().apps.list(filter_bundle_id="com.example.app"))
    listing = api.sync().apps.list(filter_bundle_id="com.example.app", allow_partial=True)
    items = list(listing)
    assert [item.id for item in items] == ["1", "2"]  # no item twice
    assert all(isinstance(item, App) for item in items)
    assert listing.stop_reason is StopReason.REPEATED_NEXT
    first = api.requests[0].url.params
    assert first["filter[bundleId]"] == "com.example.app" and first["limit"] == "200"


def test_list_pages_and_one_page_as_a_typed_document() -> None:
    api = Api()
    asc = api.sync()
    assert [len(page) for page in asc.apps.list().pages()] == [1]
    page = asc.apps.list_page(limit=5, include=["builds"])
    assert isinstance(page, AppsResponse) and page.data[0].id == "1"
    assert api.last.url.params["include"] == "builds" and api.last.url.params["limit"] == "5"


def test_get_takes_a_positional_id_include_and_a_per_call_timeout() -> None:
    api = Api()
    found = api.sync().apps.get("1", include=["builds", "appInfos"], timeout=3.5)
    assert isinstance(found, AppResponse) and found.data.attributes.name == "One"
    assert api.last.url.path == "/v1/apps/1"
    assert api.last.url.params["include"] == "builds,appInfos"
    assert api.last.extensions["timeout"]["read"] == 3.5


def test_create_builds_the_json_api_envelope_from_keywords() -> None:
    api = Api(lambda request: httpx.Response(201, json=document({"type": "betaGroups", "id": "g1"})))
    created = api.sync().beta_groups.create(app="123", name="QA", public_link_enabled=True)
    assert created.data.id == "g1"
    assert api.last.method == "POST" and api.last.url.path == "/v1/betaGroups"
    assert api.last_json() == {
        "data": {
            "type": "betaGroups",
            "attributes": {"name": "QA", "publicLinkEnabled": True},
            "relationships": {"app": {"data": {"type": "apps", "id": "123"}}},
        }
    }


def test_create_accepts_a_model_or_a_plain_dict_body() -> None:
    api = Api(lambda request: httpx.Response(201, json=document({"type": "betaGroups", "id": "g1"})))
    asc = api.sync()
    body = {
        "data": {
            "type": "betaGroups",
            "attributes": {"name": "QA"},
            "relationships": {"app": {"data": {"type": "apps", "id": "1"}}},
        }
    }
    asc.beta_groups.create(body)
    assert api.last_json() == body
    asc.beta_groups.create(BetaGroupCreateRequest.from_dict(body))
    assert api.last_json() == body


def test_create_refuses_missing_required_keywords_and_body_with_keywords() -> None:
    api = Api()
    asc = api.sync()
    with pytest.raises(ConfigurationError, match="missing app"):
        asc.beta_groups.create(name="QA")
    with pytest.raises(ConfigurationError, match="either `body` or keywords"):
        asc.beta_groups.create({"data": {}}, name="QA")
    with pytest.raises(TypeError, match="public_link_limit takes int"):
        asc.beta_groups.create(app="1", name="QA", public_link_limit="10")  # type: ignore[arg-type]
    assert api.requests == []


def test_q16_update_sends_null_for_none_and_leaves_out_what_is_not_given() -> None:
    api = Api()
    api.sync().apps.update("1", content_rights_declaration=None, bundle_id="com.example.new")
    assert api.last.method == "PATCH" and api.last.url.path == "/v1/apps/1"
    assert api.last_json() == {
        "data": {
            "type": "apps",
            "id": "1",
            "attributes": {"bundleId": "com.example.new", "contentRightsDeclaration": None},
        }
    }


def test_relationships_list_get_add_remove_replace_and_set() -> None:
    api = Api()
    asc = api.sync()
    asc.beta_groups.add_builds("g1", ["b1", "b2"])
    assert (api.last.method, api.last.url.path) == ("POST", "/v1/betaGroups/g1/relationships/builds")
    assert api.last_json() == {"data": [{"type": "builds", "id": "b1"}, {"type": "builds", "id": "b2"}]}
    asc.beta_groups.remove_builds("g1", "b1")
    assert api.last.method == "DELETE" and api.last_json() == {"data": [{"type": "builds", "id": "b1"}]}
    asc.users.replace_visible_apps("u1", ("a1",))
    assert api.last.method == "PATCH" and api.last_json() == {"data": [{"type": "apps", "id": "a1"}]}
    asc.app_store_versions.set_build("v1", "b9")
    assert api.last.url.path == "/v1/appStoreVersions/v1/relationships/build"
    assert api.last_json() == {"data": {"type": "builds", "id": "b9"}}
    asc.app_store_versions.set_build("v1", None)
    assert api.last_json() == {"data": None}
    assert [build.id for build in asc.apps.list_builds("1", max_pages=1)] == ["b1"]
    assert api.last.url.path == "/v1/apps/1/builds"
    asc.apps.get_app_availability_v2("1")
    assert api.last.url.path == "/v1/apps/1/appAvailabilityV2"
    asc.game_center_matchmaking_rules.get_matchmaking_rule_errors_metrics("r1", granularity="P1D")
    assert api.last.url.path == "/v1/gameCenterMatchmakingRules/r1/metrics/matchmakingRuleErrors"
    assert api.last.url.params["granularity"] == "P1D"


def test_delete_returns_none() -> None:
    api = Api()
    assert api.sync().certificates.delete("c1") is None
    assert (api.last.method, api.last.url.path) == ("DELETE", "/v1/certificates/c1")


@pytest.mark.anyio
async def test_the_async_client_has_the_same_tree() -> None:
    api = Api()
    async with api.async_() as asc:
        assert [item.id async for item in asc.apps.list(filter_bundle_id="x")] == ["1"]
        assert (await asc.apps.get("1")).data.id == "1"
        page = await asc.apps.list_page()
        assert isinstance(page, AppsResponse)
        await asc.beta_groups.add_builds("g1", "b1")
        assert api.last_json() == {"data": [{"type": "builds", "id": "b1"}]}


def test_namespaces_load_on_first_access_and_stay() -> None:
    asc = Api().sync()
    assert "apps" not in vars(asc)
    apps = asc.apps
    assert asc.apps is apps and vars(asc)["apps"] is apps
