"""Single behaviours on real sockets: bodies failing while read, redirects of writes, a retried DELETE,
streams, refused connections, 2xx bodies that are not the promised document, and URL pagination."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from conftest import KEY
from doubles import FakeTime
from fault_server import CutBody, FaultServer, Reply
from test_fault_matrix import JSON, SUCCESS, call, error_body

from app_store_connect import (
    AppStoreConnect,
    ConfigurationError,
    NetworkError,
    NotFoundError,
    RedirectError,
    ResponseFormatError,
)
from app_store_connect_api.api.apps import apps_builds_get_to_many_related
from app_store_connect_api.api.bundle_ids import bundle_ids_get_instance

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(60)]


def answers(*replies: Any) -> Any:
    queue = list(replies)
    return lambda seen: queue.pop(0) if len(queue) > 1 else queue[0]


async def run(asc: Any, pending: Any) -> Any:
    return await pending if hasattr(pending, "__await__") else pending


async def test_a_get_whose_body_stalls_midway_is_retried(
    asc: Any, api: FaultServer, fake_time: FakeTime
) -> None:
    api.reset(answers(CutBody(stall=True), SUCCESS["GET"]))

    result = await call(asc, "GET")

    assert result.data.id == "B1" and len(api.seen) == 2 and fake_time.sleeps == [0.5]


async def test_a_delete_retried_after_a_5xx_that_then_gets_404_has_succeeded(
    asc: Any, api: FaultServer, fake_time: FakeTime
) -> None:
    api.reset(
        answers(
            Reply(503, error_body(503, "UNAVAILABLE"), JSON), Reply(404, error_body(404, "NOT_FOUND"), JSON)
        )
    )
    assert await call(asc, "DELETE") is None
    assert [seen.method for seen in api.seen] == ["DELETE", "DELETE"]

    api.reset(answers(Reply(404, error_body(404, "NOT_FOUND"), JSON)))  # a first 404 is still an error
    with pytest.raises(NotFoundError):
        await call(asc, "DELETE")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("method", ["POST", "PATCH", "DELETE"])
async def test_writes_never_follow_a_redirect(asc: Any, api: FaultServer, method: str, status: int) -> None:
    api.reset(
        answers(Reply(status, headers=(("Location", "/v1/elsewhere?sig=secretsecret"),)), SUCCESS["GET"])
    )

    with pytest.raises(RedirectError) as raised:
        await call(asc, method)

    assert [seen.method for seen in api.seen] == [method]
    assert raised.value.status_code == status and "secretsecret" not in str(raised.value)


async def test_a_get_follows_a_redirect_on_its_origin(asc: Any, api: FaultServer) -> None:
    api.reset(answers(Reply(302, headers=(("Location", "/v1/bundleIds/B1?moved=1"),)), SUCCESS["GET"]))

    assert (await call(asc, "GET")).data.id == "B1"
    assert [seen.target for seen in api.seen] == ["/v1/bundleIds/B1", "/v1/bundleIds/B1?moved=1"]


async def test_a_redirect_loop_is_a_network_error(asc: Any, api: FaultServer) -> None:
    api.reset(lambda seen: Reply(302, headers=(("Location", "/v1/bundleIds/B1"),)))

    with pytest.raises(NetworkError) as raised:
        await call(asc, "GET")

    assert isinstance(raised.value.__cause__, httpx.TooManyRedirects)


async def test_a_stream_cut_midway_is_a_network_error(asc: Any, api: FaultServer, client_kind: str) -> None:
    api.reset(answers(CutBody()))

    with pytest.raises(NetworkError) as raised:
        if client_kind == "sync":
            with asc.stream("GET", "/v1/reports") as response:
                b"".join(response.iter_bytes())
        else:
            async with asc.stream("GET", "/v1/reports") as response:
                [chunk async for chunk in response.aiter_bytes()]

    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
    assert len(api.seen) == 1  # a stream is read by the caller: not retried under it


def test_a_refused_connection_is_a_network_error_after_the_retries() -> None:
    with (
        AppStoreConnect(
            KEY, base_url="http://127.0.0.1:9", sleep=lambda seconds: None, trust_env=False
        ) as asc,
        pytest.raises(NetworkError) as raised,
    ):
        asc.request("GET", "/v1/apps")

    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert raised.value.url == "http://127.0.0.1:9/v1/apps"


async def test_a_2xx_lacking_a_required_member_is_a_response_format_error(asc: Any, api: FaultServer) -> None:
    api.reset(answers(Reply(200, json.dumps({"links": {"self": "x"}}).encode(), JSON)))

    with pytest.raises(ResponseFormatError) as raised:
        await call(asc, "GET")

    assert isinstance(raised.value.__cause__, KeyError) and raised.value.status_code == 200


@pytest.mark.parametrize("status", [200, 201])
async def test_a_create_answered_with_an_empty_body_raises(asc: Any, api: FaultServer, status: int) -> None:
    api.reset(answers(Reply(status, b"", JSON)))

    with pytest.raises(ResponseFormatError, match="empty"):
        await call(asc, "POST")

    assert len(api.seen) == 1


async def test_a_wrong_argument_is_not_taken_for_a_bad_body(asc: Any, api: FaultServer) -> None:
    api.reset(answers(SUCCESS["GET"]))

    with pytest.raises(TypeError):
        await run(asc, asc.call(bundle_ids_get_instance, id="B1", no_such_parameter=1))

    assert api.seen == []


# Issue 12 item 6: paginate a URL, with path ids, and reach included resources from an item


def builds_page(api: FaultServer, start: int, next_start: int | None) -> Reply:
    data = [
        {"type": "builds", "id": f"b{n}", "relationships": {"app": {"data": {"type": "apps", "id": "1"}}}}
        for n in range(start, start + 2)
    ]
    links = {
        "self": "x",
        **({"next": f"{api.url}/v1/apps/1/builds?cursor={next_start}"} if next_start else {}),
    }
    document = {
        "data": data,
        "links": links,
        "included": [{"type": "apps", "id": "1", "attributes": {"name": "T"}}],
    }
    return Reply(200, json.dumps(document).encode(), JSON)


async def test_a_url_paginates_to_raw_items_with_the_guards(
    asc: Any, api: FaultServer, client_kind: str
) -> None:
    api.reset(answers(builds_page(api, 0, 2), builds_page(api, 2, None)))
    paginator = asc.paginate("/v1/apps/1/builds?limit=2")
    found, apps = [], []
    if client_kind == "sync":
        for build in paginator:
            found.append(build["id"])
            apps.append(paginator.related(build, "app")["attributes"]["name"])
    else:
        async for build in paginator:
            found.append(build["id"])
            apps.append(paginator.related(build, "app")["attributes"]["name"])

    assert found == ["b0", "b1", "b2", "b3"] and apps == ["T"] * 4
    assert [seen.target for seen in api.seen] == ["/v1/apps/1/builds?limit=2", "/v1/apps/1/builds?cursor=2"]
    with pytest.raises(ConfigurationError, match="inside the loop"):
        paginator.related({"type": "builds", "id": "b0"}, "app")


async def test_paginate_takes_path_ids_positionally(asc: Any, api: FaultServer) -> None:
    api.reset(answers(Reply(200, json.dumps({"data": [], "links": {"self": "x"}}).encode(), JSON)))
    paginator = asc.paginate(apps_builds_get_to_many_related, "1500000001", limit=5)

    assert await _drain(paginator) == []
    assert api.seen[0].target == "/v1/apps/1500000001/builds?limit=5"


def test_a_url_on_another_origin_is_refused() -> None:
    with AppStoreConnect(KEY, trust_env=False) as asc, pytest.raises(ConfigurationError, match="origin"):
        asc.paginate("https://elsewhere.example.test/v1/apps")
    with AppStoreConnect(KEY, trust_env=False) as asc, pytest.raises(ConfigurationError, match="as given"):
        asc.paginate("/v1/apps", limit=2)  # type: ignore[call-overload]


async def test_a_page_that_is_not_a_page_is_a_response_format_error(asc: Any, api: FaultServer) -> None:
    api.reset(answers(Reply(200, b'{"errors": []}', JSON)))

    with pytest.raises(ResponseFormatError, match="data"):
        await run(asc, _drain(asc.paginate("/v1/apps")))


async def _drain(paginator: Any) -> list[Any]:
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)
