"""The generic JSON:API store: every operation of the spec, creates checked against it, updates, deletes,
relationship endpoints, query parameters, Apple's error documents, and a seed that agrees with itself."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_support import authorized

from app_store_connect.sandbox import Sandbox


@pytest.fixture(scope="module")
def shared() -> Iterator[Sandbox]:
    with Sandbox(fast=True) as running:
        yield running


@pytest.fixture(scope="module")
def http(shared: Sandbox) -> Iterator[httpx.Client]:
    with authorized(shared) as client:
        yield client


def only_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    errors = response.json()["errors"]
    assert len(errors) == 1
    assert errors[0]["status"] == str(status)
    return dict(errors[0])


def beta_group(app_id: str, **attributes: Any) -> dict[str, Any]:
    return {
        "data": {
            "type": "betaGroups",
            "attributes": {"name": "Nightly", **attributes},
            "relationships": {"app": {"data": {"type": "apps", "id": app_id}}},
        }
    }


def test_every_operation_of_the_spec_is_served(shared: Sandbox) -> None:
    operations = shared.operations()
    assert len(operations) == 1263
    assert {operation.how for operation in operations} >= {"generic", "uploads", "generic, state machine"}
    hows = {(operation.method, operation.path): operation.how for operation in operations}
    assert hows["GET", "/v1/salesReports"] == "sales reports"
    assert hows["PATCH", "/v1/reviewSubmissions/{id}"] == "generic, state machine"


def test_the_q5_forum_request_is_answered(shared: Sandbox, http: httpx.Client) -> None:
    # Q5: the exact request of the forum post; the old sandbox refused `include` with a 400.
    path = f"/v1/apps/{shared.app_ids[0]}/inAppPurchasesV2"
    params = {"include": "appStoreReviewScreenshot,inAppPurchaseLocalizations", "limit": "200"}
    response = http.get(path, params=params)
    assert response.status_code == 200, response.text
    document = response.json()
    assert len(document["data"]) == 200
    assert document["meta"]["paging"]["total"] == 223
    assert {item["type"] for item in document["included"]} <= {
        "inAppPurchaseAppStoreReviewScreenshots",
        "inAppPurchaseLocalizations",
    }


def test_a_create_answers_201_with_the_stored_resource_then_update_and_delete(
    shared: Sandbox, http: httpx.Client
) -> None:
    created = http.post("/v1/betaGroups", json=beta_group(shared.app_ids[1], publicLinkEnabled=True))
    assert created.status_code == 201, created.text
    group = created.json()["data"]
    assert group["attributes"] == {"name": "Nightly", "publicLinkEnabled": True}
    assert http.get(f"/v1/betaGroups/{group['id']}/app").json()["data"]["id"] == shared.app_ids[1]
    assert group["id"] in [
        item["id"] for item in http.get(f"/v1/apps/{shared.app_ids[1]}/betaGroups").json()["data"]
    ]

    update = {"data": {"type": "betaGroups", "id": group["id"], "attributes": {"name": "Weekly"}}}
    updated = http.patch(f"/v1/betaGroups/{group['id']}", json=update)
    assert updated.status_code == 200
    assert updated.json()["data"]["attributes"]["name"] == "Weekly"

    assert http.delete(f"/v1/betaGroups/{group['id']}").status_code == 204
    assert only_error(http.get(f"/v1/betaGroups/{group['id']}"), 404)["code"] == "NOT_FOUND"


def test_an_app_can_be_renamed(shared: Sandbox, http: httpx.Client) -> None:
    app = shared.app_ids[3]
    body = {"data": {"type": "apps", "id": app, "attributes": {"primaryLocale": "de-DE"}}}
    assert http.patch(f"/v1/apps/{app}", json=body).status_code == 200
    assert http.get(f"/v1/apps/{app}").json()["data"]["attributes"]["primaryLocale"] == "de-DE"
    wrong_id = {"data": {"type": "apps", "id": "1", "attributes": {}}}
    assert only_error(http.patch(f"/v1/apps/{app}", json=wrong_id), 409)["source"] == {"pointer": "/data/id"}


@pytest.mark.parametrize(
    ("body", "code", "pointer"),
    [
        (
            {"data": {"type": "betaGroups", "attributes": {}, "relationships": {}}},
            "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
            "/data/attributes/name",
        ),
        (
            {"data": {"type": "betaGroups", "attributes": {"name": "x"}}},
            "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
            "/data/relationships/app",
        ),
        (
            {"data": {"type": "apps", "attributes": {"name": "x"}}},
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "/data/type",
        ),
        ("unknown attribute", "ENTITY_ERROR.ATTRIBUTE.UNKNOWN", "/data/attributes/colour"),
        ("not a boolean", "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/publicLinkEnabled"),
        ("unknown app", "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/app"),
    ],
)
def test_create_documents_are_checked_against_the_spec(
    shared: Sandbox, http: httpx.Client, body: Any, code: str, pointer: str
) -> None:
    if body == "unknown attribute":
        body = beta_group(shared.app_ids[0], colour="blue")
    elif body == "not a boolean":
        body = beta_group(shared.app_ids[0], publicLinkEnabled="yes")
    elif body == "unknown app":
        body = beta_group("1234")
    error = only_error(http.post("/v1/betaGroups", json=body), 409)
    assert (error["code"], error["source"]) == (code, {"pointer": pointer})


def test_an_enum_value_outside_the_spec_is_refused(shared: Sandbox, http: httpx.Client) -> None:
    body = {
        "data": {
            "type": "appStoreVersions",
            "attributes": {"platform": "WINDOWS", "versionString": "9.0"},
            "relationships": {"app": {"data": {"type": "apps", "id": shared.app_ids[3]}}},
        }
    }
    error = only_error(http.post("/v1/appStoreVersions", json=body), 409)
    assert error["code"] == "ENTITY_ERROR.ATTRIBUTE.INVALID"
    assert "IOS" in error["detail"]


def test_a_body_that_is_not_a_document_is_unprocessable(http: httpx.Client) -> None:
    error = only_error(http.post("/v1/betaGroups", content=b"{"), 422)
    assert error["code"] == "ENTITY_UNPROCESSABLE"
    assert (
        only_error(http.post("/v1/betaGroups", json={"type": "betaGroups"}), 422)["code"]
        == "ENTITY_UNPROCESSABLE"
    )


@pytest.mark.parametrize(
    ("params", "code", "parameter"),
    [
        ({"colour": "red"}, "PARAMETER_ERROR.ILLEGAL", "colour"),
        ({"fields[apps]": "name,colour"}, "PARAMETER_ERROR.INVALID", "fields[apps]"),
        ({"include": "nothing"}, "PARAMETER_ERROR.INVALID", "include"),
        ({"include": ""}, "PARAMETER_ERROR.INVALID", "include"),
        ({"limit": "0"}, "PARAMETER_ERROR.INVALID", "limit"),
        ({"limit": "201"}, "PARAMETER_ERROR.INVALID", "limit"),
        (
            {"limit[appStoreVersions]": "51", "include": "appStoreVersions"},
            "PARAMETER_ERROR.INVALID",
            "limit[appStoreVersions]",
        ),
        ({"sort": "colour"}, "PARAMETER_ERROR.INVALID", "sort"),
        ({"cursor": "bad"}, "PARAMETER_ERROR.INVALID", "cursor"),
    ],
)
def test_query_parameters_are_checked_against_the_operation(
    http: httpx.Client, params: dict[str, str], code: str, parameter: str
) -> None:
    error = only_error(http.get("/v1/apps", params=params), 400)
    assert (error["code"], error["source"]) == (code, {"parameter": parameter})


def test_a_required_filter_is_required(http: httpx.Client) -> None:
    error = only_error(http.get("/v1/betaAppReviewSubmissions"), 400)
    assert (error["code"], error["source"]) == ("PARAMETER_ERROR.REQUIRED", {"parameter": "filter[build]"})


def test_filters_sort_fields_and_included_limits(shared: Sandbox, http: httpx.Client) -> None:
    apps = http.get(
        "/v1/apps", params={"filter[bundleId]": "com.example.pocketledger,com.example.quiethours"}
    )
    assert [app["attributes"]["name"] for app in apps.json()["data"]] == ["Pocket Ledger", "Quiet Hours"]
    names = [
        app["attributes"]["name"] for app in http.get("/v1/apps", params={"sort": "-name"}).json()["data"]
    ]
    assert names == sorted(names, reverse=True)
    sparse = http.get("/v1/apps", params={"fields[apps]": "name,builds"}).json()["data"][0]
    assert set(sparse["attributes"]) == {"name"}
    assert set(sparse["relationships"]) == {"builds"}
    app = shared.app_ids[0]
    document = http.get(f"/v1/apps/{app}", params={"include": "builds", "limit[builds]": "3"}).json()
    builds = document["data"]["relationships"]["builds"]
    assert len(builds["data"]) == 3
    assert builds["meta"]["paging"] == {"total": 24, "limit": 3}
    assert {item["type"] for item in document["included"]} == {"builds"}


def test_cursor_pages_of_a_related_collection(shared: Sandbox, http: httpx.Client) -> None:
    url: str | None = (
        f"/v1/betaGroups/{shared.ids('betaGroups', app=shared.app_ids[0])[0]}/betaTesters?limit=10"
    )
    seen: list[str] = []
    while url:
        page = http.get(url).json()
        seen += [tester["id"] for tester in page["data"]]
        url = page["links"].get("next")
        assert page["meta"]["paging"]["total"] == len(set(seen)) or url
    assert len(seen) == len(set(seen)) > 10


def test_relationship_endpoints_add_remove_and_replace(shared: Sandbox, http: httpx.Client) -> None:
    app = shared.app_ids[2]
    group = shared.ids("betaGroups", app=app)[2]
    testers = shared.ids("betaTesters", apps=app)
    linkage = f"/v1/betaGroups/{group}/relationships/betaTesters"
    before = {item["id"] for item in http.get(linkage, params={"limit": "200"}).json()["data"]}
    newcomer = next(tester for tester in testers if tester not in before)
    added = http.post(linkage, json={"data": [{"type": "betaTesters", "id": newcomer}]})
    assert added.status_code == 204
    after = {item["id"] for item in http.get(linkage, params={"limit": "200"}).json()["data"]}
    assert after == before | {newcomer}
    # the other side agrees
    groups = http.get(f"/v1/betaTesters/{newcomer}/betaGroups").json()["data"]
    assert group in [item["id"] for item in groups]
    assert (
        http.request("DELETE", linkage, json={"data": [{"type": "betaTesters", "id": newcomer}]}).status_code
        == 204
    )
    assert {item["id"] for item in http.get(linkage, params={"limit": "200"}).json()["data"]} == before

    version = shared.ids("appStoreVersions", app=app)[-1]
    build = shared.ids("builds", app=app)[0]
    to_one = f"/v1/appStoreVersions/{version}/relationships/build"
    assert http.patch(to_one, json={"data": {"type": "builds", "id": build}}).status_code == 204
    assert http.get(to_one).json()["data"] == {"type": "builds", "id": build}
    assert http.get(f"/v1/appStoreVersions/{version}/build").json()["data"]["id"] == build
    wrong_type = http.patch(to_one, json={"data": {"type": "apps", "id": app}})
    assert only_error(wrong_type, 409)["code"] == "ENTITY_ERROR.RELATIONSHIP.INVALID"


def test_generated_resources_agree_across_endpoints(shared: Sandbox, http: httpx.Client) -> None:
    app = shared.app_ids[0]
    infos = http.get(f"/v1/apps/{app}/appInfos").json()["data"]
    assert infos
    for info in infos:
        document = http.get(f"/v1/appInfos/{info['id']}", params={"include": "app"}).json()
        assert document["data"]["relationships"]["app"]["data"] == {"type": "apps", "id": app}
        assert [item["id"] for item in document["included"]] == [app]
    assert http.get(f"/v1/apps/{shared.app_ids[3]}/appInfos").json()["data"] == []
    territories = [item["id"] for item in http.get("/v1/territories").json()["data"]]
    assert "USA" in territories


def test_the_seed_decides_everything(shared: Sandbox) -> None:
    def snapshot(sandbox: Sandbox) -> Any:
        with authorized(sandbox) as client:
            app = sandbox.app_ids[0]
            documents = [client.get(f"/v1/apps/{app}/appInfos").json(), client.get("/v1/certificates").json()]
        return [[(item["id"], item.get("attributes")) for item in document["data"]] for document in documents]

    with Sandbox(seed=0) as first, Sandbox(seed=0) as second, Sandbox(seed=1) as other:
        with authorized(first) as client:  # reading other types first changes nothing
            client.get("/v1/devices")
        assert snapshot(first) == snapshot(second)
        assert snapshot(first) != snapshot(other)


def test_metrics_and_csv_operations_answer_in_their_shape(shared: Sandbox, http: httpx.Client) -> None:
    metrics = http.get(f"/v1/apps/{shared.app_ids[0]}/metrics/betaTesterUsages")
    assert metrics.status_code == 200
    assert "paging" in metrics.json()["meta"]
    code = shared.ids("inAppPurchaseOfferCodeOneTimeUseCodes")[0]
    values = http.get(f"/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{code}/values")
    assert values.headers["content-type"] == "text/csv"
    assert values.text.count("\n") == 5
    assert only_error(http.get("/v1/apps/123/metrics/betaTesterUsages"), 404)["code"] == "NOT_FOUND"


def test_generated_resources_carry_attributes_of_real_ones(http: httpx.Client) -> None:
    certificates = http.get("/v1/certificates").json()["data"]
    assert {item["attributes"]["certificateType"] for item in certificates} <= {
        "IOS_DEVELOPMENT",
        "IOS_DISTRIBUTION",
        "MAC_APP_DISTRIBUTION",
        "MAC_INSTALLER_DISTRIBUTION",
        "DEVELOPER_ID_APPLICATION",
        "DEVELOPMENT",
        "DISTRIBUTION",
    }
    users = http.get("/v1/users").json()["data"]
    assert {user["attributes"]["username"] for user in users} == {"ada@example.com"}  # sanitized
