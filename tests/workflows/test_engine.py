"""The workflows on the library's step engine: an empty 2xx, the dry run around a flow, and a create
whose 2xx answer cannot be read (Q14), against Apple's host mocked by httpx.MockTransport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from app_store_connect import ApiKey, AppStoreConnect, AsyncAppStoreConnect, RetryPolicy
from app_store_connect._errors import NotFoundError, ResponseFormatError
from app_store_connect._steps import Flow, Request, Step, Wait, async_run, run
from app_store_connect.workflows import OutcomeUnknownError
from app_store_connect.workflows import _api as api
from app_store_connect.workflows._ensure import ensure
from app_store_connect.workflows._run import NOT_SENT, Plan, record_writes

Handler = Callable[[httpx.Request], httpx.Response]
KEY = ApiKey.generate(key_id="TESTKEY123", issuer_id="69a6de7e-1234-47e3-e053-5b8c7c11a4d1")
LINK = "/v1/builds/b1/relationships/betaGroups"
HTML = b"<!DOCTYPE html><html><body>Please sign in</body></html>"


def client(handler: Handler) -> AppStoreConnect:
    return AppStoreConnect(KEY, transport=httpx.MockTransport(handler), retry=RetryPolicy.disabled())


def answer(step: Step) -> Flow[Any]:
    """A flow of one step: what the runner answers it."""
    return (yield step)


def no_content(request: httpx.Request) -> httpx.Response:
    """Apple's answer to a relationship POST or DELETE: 204 without a body."""
    return httpx.Response(204)


def test_an_empty_2xx_reaches_the_flow_as_none() -> None:
    """Issue: `Request` read every 2xx as JSON, so a 204 was a ResponseFormatError."""
    with client(no_content) as asc:
        assert run(asc, answer(Request("POST", LINK, json={"data": []}))) is None
        assert run(asc, api.add_build_to_groups("b1", ["g1"])) is None


@pytest.mark.anyio
async def test_an_empty_2xx_reaches_the_flow_as_none_async() -> None:
    transport = httpx.MockTransport(no_content)
    async with AsyncAppStoreConnect(KEY, transport=transport, retry=RetryPolicy.disabled()) as asc:
        assert await async_run(asc, answer(Request("DELETE", LINK, json={"data": []}))) is None


def test_a_2xx_body_that_is_not_json_is_still_a_response_format_error() -> None:
    html = httpx.Response(200, content=HTML, headers={"content-type": "text/html"})
    with (
        client(lambda request: html) as asc,
        pytest.raises(ResponseFormatError, match="the body is not JSON"),
    ):
        run(asc, answer(Request("GET", "/v1/apps/1")))


def test_a_dry_run_sends_reads_records_writes_and_passes_the_rest_through() -> None:
    sent: list[str] = []
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        if request.url.path == "/v1/apps/1":
            return httpx.Response(200, json={"data": {"type": "apps", "id": "1"}})
        return httpx.Response(404, json={"errors": [{"status": "404", "code": "NOT_FOUND", "title": "gone"}]})

    body = {"data": {"type": "appStoreVersions", "attributes": {"versionString": "2.1"}}}

    def flow() -> Flow[tuple[Any, Any, bool]]:
        app = yield Request("GET", "/v1/apps/1")
        created = yield Request("POST", "/v1/appStoreVersions", json=body)
        yield Wait(5)
        try:
            yield Request("GET", "/v1/apps/2")
        except NotFoundError:  # thrown by the runner into the wrapper, and on into the flow
            return app, created, True
        return app, created, False

    plan = Plan()
    with client(handler) as asc:
        app, created, missing = run(asc, record_writes(flow(), plan), slept.append)

    assert sent == ["GET /v1/apps/1", "GET /v1/apps/2"]
    assert plan.lines() == [
        'POST /v1/appStoreVersions {"data":{"type":"appStoreVersions","attributes":{"versionString":"2.1"}}}'
    ]
    assert (app["data"]["id"], created, missing, slept) == ("1", NOT_SENT, True, [5])


def test_q14_a_create_answered_with_an_unreadable_2xx_is_looked_up_and_not_sent_again() -> None:
    """A 2xx whose body is not the document means the create probably worked: find it, never resend."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        if request.method == "GET":
            return httpx.Response(200, json={"data": [], "links": {"self": str(request.url)}})
        return httpx.Response(201, content=HTML, headers={"content-type": "text/html"})

    flow = ensure(
        lambda: api.versions("1", "2.1", "IOS"),
        lambda: api.create_version("1", "2.1", "IOS", {"releaseType": "MANUAL"}),
        "version 2.1",
    )
    with client(handler) as asc, pytest.raises(OutcomeUnknownError, match="may have worked") as caught:
        run(asc, flow)

    assert sent == ["GET", "POST", "GET"]
    assert isinstance(caught.value.__cause__, ResponseFormatError)
