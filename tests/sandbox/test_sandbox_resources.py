"""JSON:API reads: pagination over the seeded items, include, fields, filters, Apple's errors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sandbox_support import authorized

from app_store_connect.sandbox import Sandbox


@pytest.fixture(scope="module")
def shared() -> Iterator[Sandbox]:
    """One sandbox for the read-only tests of this module."""
    with Sandbox() as running:
        yield running


@pytest.fixture(scope="module")
def http(shared: Sandbox) -> Iterator[httpx.Client]:
    with authorized(shared) as client:
        yield client


def walk(http: httpx.Client, url: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every item of a paginated list (following `links.next` as given) and every page document."""
    items, pages = [], []
    while url and len(pages) < 50:
        response = http.get(url)
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page)
        items.extend(page["data"])
        url = page["links"].get("next")
    return items, pages


def test_pagination_walks_exactly_the_seeded_purchases(shared: Sandbox, http: httpx.Client) -> None:
    app_id = shared.app_ids[0]
    items, pages = walk(http, f"/v1/apps/{app_id}/inAppPurchasesV2?limit=50")
    assert [item["id"] for item in items] == shared.ids("inAppPurchases", app=app_id)
    assert len(items) == 223
    assert len(pages) == 5
    assert {page["meta"]["paging"]["total"] for page in pages} == {223}
    assert "next" not in pages[-1]["links"]
    first = pages[0]
    assert first["links"]["self"] == f"{shared.base_url}/v1/apps/{app_id}/inAppPurchasesV2?limit=50"
    next_url = urlsplit(first["links"]["next"])
    assert f"{next_url.scheme}://{next_url.netloc}" == shared.base_url
    assert parse_qs(next_url.query)["limit"] == ["50"]  # Q3: the next link keeps every parameter
    assert first["meta"]["paging"]["nextCursor"] == parse_qs(next_url.query)["cursor"][0]
    assert items[0]["type"] == "inAppPurchases"
    assert set(items[0]["attributes"]) >= {"name", "productId", "inAppPurchaseType", "state"}


def test_default_limit_is_50_and_the_maximum_is_the_specs(shared: Sandbox, http: httpx.Client) -> None:
    testers, pages = walk(http, "/v1/betaTesters")
    assert [tester["id"] for tester in testers] == shared.ids("betaTesters")
    assert pages[0]["meta"]["paging"] == {
        "total": len(testers),
        "limit": 50,
        "nextCursor": pages[0]["meta"]["paging"]["nextCursor"],
    }
    assert http.get("/v1/betaTesters?limit=200").status_code == 200
    too_many = http.get("/v1/betaTesters?limit=201")
    assert too_many.status_code == 400
    assert too_many.json()["errors"][0]["code"] == "PARAMETER_ERROR.INVALID"
    assert too_many.json()["errors"][0]["source"] == {"parameter": "limit"}


def test_include_puts_related_resources_in_included(shared: Sandbox, http: httpx.Client) -> None:
    document = http.get("/v1/apps?include=appStoreVersions,builds&limit[builds]=3").json()
    first = document["data"][0]
    versions = first["relationships"]["appStoreVersions"]
    assert versions["meta"]["paging"] == {"total": 4, "limit": 10}
    assert len(first["relationships"]["builds"]["data"]) == 3
    included = {(item["type"], item["id"]) for item in document["included"]}
    assert {(link["type"], link["id"]) for link in versions["data"]} <= included
    assert any(kind == "builds" for kind, _ in included)
    assert "data" not in first["relationships"]["betaGroups"]  # only what was asked for


def test_fields_limit_attributes_and_relationships(http: httpx.Client) -> None:
    document = http.get("/v1/apps?fields[apps]=name,sku").json()
    assert all(set(app["attributes"]) == {"name", "sku"} for app in document["data"])
    assert all("relationships" not in app for app in document["data"])
    bad = http.get("/v1/apps?fields[apps]=name,colour")
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["source"] == {"parameter": "fields[apps]"}


def test_filters_take_comma_separated_lists(shared: Sandbox, http: httpx.Client) -> None:
    wanted = "com.example.trailhead,com.example.quiethours"
    apps = http.get("/v1/apps", params={"filter[bundleId]": wanted}).json()["data"]
    assert sorted(app["attributes"]["bundleId"] for app in apps) == sorted(wanted.split(","))
    builds = http.get("/v1/builds", params={"filter[app]": shared.app_ids[1], "limit": 200}).json()["data"]
    assert [build["id"] for build in builds] == shared.ids("builds", app=shared.app_ids[1])
    trains = http.get(
        "/v1/builds", params={"filter[preReleaseVersion.version]": "1.0", "filter[app]": shared.app_ids[0]}
    ).json()["data"]
    assert len(trains) == 6


def test_repeated_array_parameters_are_refused(http: httpx.Client) -> None:
    # S12: a generated client that repeats the key instead of joining with commas must notice.
    response = http.get("/v1/apps?filter[bundleId]=a&filter[bundleId]=b")
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "PARAMETER_ERROR.INVALID"


def test_unknown_parameters_are_illegal(http: httpx.Client) -> None:
    error = http.get("/v1/apps?colour=blue").json()["errors"][0]
    assert error["code"] == "PARAMETER_ERROR.ILLEGAL"
    assert error["detail"] == "The parameter 'colour' can not be used with this request"


def test_sort_orders_by_attribute(http: httpx.Client) -> None:
    names = [app["attributes"]["name"] for app in http.get("/v1/apps?sort=-name").json()["data"]]
    assert names == sorted(names, reverse=True)


def test_get_by_id_related_and_linkage(shared: Sandbox, http: httpx.Client) -> None:
    build_id = shared.ids("builds", app=shared.app_ids[0])[0]
    build = http.get(f"/v1/builds/{build_id}").json()
    assert build["data"]["id"] == build_id
    assert build["links"]["self"] == f"{shared.base_url}/v1/builds/{build_id}"
    app = http.get(f"/v1/builds/{build_id}/app").json()
    assert app["data"]["id"] == shared.app_ids[0]
    linkage = http.get(f"/v1/apps/{shared.app_ids[0]}/relationships/betaGroups").json()
    assert [item["type"] for item in linkage["data"]] == ["betaGroups"] * 3
    assert linkage["meta"]["paging"]["total"] == 3
    purchase = shared.ids("inAppPurchases", app=shared.app_ids[0])[0]
    assert http.get(f"/v2/inAppPurchases/{purchase}").status_code == 200


def test_an_empty_app_lists_nothing(shared: Sandbox, http: httpx.Client) -> None:
    document = http.get(f"/v1/apps/{shared.app_ids[-1]}/builds").json()
    assert document["data"] == []
    assert document["meta"]["paging"] == {"total": 0, "limit": 50}


def test_unknown_ids_answer_apples_404(http: httpx.Client) -> None:
    response = http.get("/v1/apps/123")
    assert response.status_code == 404
    error = response.json()["errors"][0]
    assert error["code"] == "NOT_FOUND"
    assert error["detail"] == "There is no resource of type 'apps' with id '123'"
    assert error["id"]


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert http.get("/v1/colours").json()["errors"][0]["detail"] == (
        "The path provided does not match a defined resource type."
    )
    refused = http.delete("/v1/apps")
    assert refused.status_code == 405
    assert refused.json()["errors"][0]["code"] == "METHOD_NOT_ALLOWED"


def test_a_bad_cursor_is_refused_like_apple(http: httpx.Client) -> None:
    response = http.get("/v1/apps?cursor=not-a-cursor")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["code"] == "PARAMETER_ERROR.INVALID"
    assert error["source"] == {"parameter": "cursor"}
    assert error["detail"] == "'not-a-cursor' is not a valid cursor for this request"


def test_very_long_urls_answer_500(http: httpx.Client) -> None:
    response = http.get("/v1/apps", params={"filter[name]": "x" * 5000})  # Q16
    assert response.status_code == 500
    assert response.json()["errors"][0]["code"] == "UNEXPECTED_ERROR"


def test_seeded_data_is_deterministic() -> None:
    first, second, other = Sandbox(seed=3), Sandbox(seed=3), Sandbox(seed=4)
    assert first.app_ids == second.app_ids != other.app_ids
    assert first.ids("builds") == second.ids("builds")
    assert first.key_id == second.key_id != other.key_id
    assert first.private_key_pem == second.private_key_pem
