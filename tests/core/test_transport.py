"""The retrying transports and the client shells over `httpx.MockTransport`, sync and async."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest
from core_helpers import MakeDriver, Wire
from doubles import FakeTime

from app_store_connect._errors import ApiError, NotAuthorizedError, RequestTimeoutError, ServerError
from app_store_connect._retry import RetryPolicy
from app_store_connect._tokens import TokenProvider

pytestmark = pytest.mark.anyio

RATE = {"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:3000;"}


def script(*answers: httpx.Response | Exception) -> Callable[[httpx.Request], httpx.Response]:
    """A handler that gives `answers` in order, raising the exceptions."""
    remaining: Iterator[httpx.Response | Exception] = iter(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        answer = next(remaining)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handle


async def test_q6_post_is_retried_after_a_connect_error(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    wire = Wire(script(httpx.ConnectError("refused"), httpx.Response(201, json={"data": {}})))
    asc = make_driver(transport=wire)

    response = await asc.request("POST", "/v1/appStoreVersions", json={"data": {}})

    assert response.status_code == 201
    assert len(wire.sent) == 2 and fake_time.sleeps == [0.5]


async def test_q6_post_is_not_retried_after_a_read_timeout(make_driver: MakeDriver) -> None:
    wire = Wire(script(httpx.ReadTimeout("slow"), httpx.Response(201)))
    asc = make_driver(transport=wire)

    with pytest.raises(RequestTimeoutError) as raised:
        await asc.request("POST", "/v1/appStoreVersions", json={"data": {}})

    assert len(wire.sent) == 1 and isinstance(raised.value.__cause__, httpx.ReadTimeout)


async def test_q5_get_is_retried_after_a_read_timeout(make_driver: MakeDriver) -> None:
    wire = Wire(script(httpx.ReadTimeout("slow"), httpx.Response(200, json={"data": []})))
    asc = make_driver(transport=wire)

    assert (await asc.request("GET", "/v1/apps/1/inAppPurchasesV2")).status_code == 200
    assert len(wire.sent) == 2


async def test_gives_up_after_the_last_attempt_with_the_last_answer(
    make_driver: MakeDriver, fake_time: FakeTime
) -> None:
    wire = Wire(script(*[httpx.Response(503, json={"errors": [{"code": "UNAVAILABLE"}]})] * 3))
    asc = make_driver(transport=wire, retry=RetryPolicy(attempts=3, random=lambda: 0.0))

    with pytest.raises(ServerError) as caught:
        await asc.request("GET", "/v1/apps")

    assert caught.value.status_code == 503
    assert len(wire.sent) == 3 and fake_time.sleeps == [0.5, 1.0]


async def test_retry_after_is_honoured(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    wire = Wire(script(httpx.Response(429, headers={"Retry-After": "12"}), httpx.Response(200)))
    asc = make_driver(transport=wire)

    await asc.request("GET", "/v1/apps")

    assert fake_time.sleeps == [12.0]


async def test_a_streamed_upload_body_is_not_sent_twice(make_driver: MakeDriver) -> None:
    wire = Wire(script(httpx.Response(503), httpx.Response(200)))
    asc = make_driver(transport=wire)

    def chunks() -> Iterator[bytes]:
        yield b"part"

    async def async_chunks() -> AsyncIterator[bytes]:
        yield b"part"

    body = chunks() if asc.kind == "sync" else async_chunks()
    with pytest.raises(ServerError):
        await asc.request("PUT", "https://uploads.example.com/part-1", content=body)

    assert len(wire.sent) == 1


async def test_q7_rate_limit_is_updated_after_every_response(make_driver: MakeDriver) -> None:
    first = {"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:10;"}
    wire = Wire(
        script(httpx.Response(200, headers=first), httpx.Response(200), httpx.Response(404, headers=RATE))
    )
    asc = make_driver(transport=wire)
    assert asc.asc.rate_limit is None

    await asc.request("GET", "/v1/apps")
    assert asc.asc.rate_limit.remaining == 10
    await asc.request("GET", "https://uploads.example.com/file")  # no header: the last budget stands
    assert asc.asc.rate_limit.remaining == 10
    with pytest.raises(ApiError):
        await asc.request("GET", "/v1/apps/1")
    assert asc.asc.rate_limit.remaining == 3000


async def test_q7_pacing_spaces_requests_when_the_budget_is_low(
    make_driver: MakeDriver, fake_time: FakeTime
) -> None:
    low = {"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:100;"}
    wire = Wire(script(*[httpx.Response(200, headers=low)] * 3))
    asc = make_driver(transport=wire, pace_below=0.1)

    for _ in range(3):
        await asc.request("GET", "/v1/apps")

    assert fake_time.sleeps == [1.0, 1.0]  # 3600 s / 3600 requests, after the first answer showed it


async def test_no_pacing_unless_asked(make_driver: MakeDriver, fake_time: FakeTime) -> None:
    low = {"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:1;"}
    asc = make_driver(transport=Wire(script(*[httpx.Response(200, headers=low)] * 3)))

    for _ in range(3):
        await asc.request("GET", "/v1/apps")

    assert fake_time.sleeps == []


async def test_q13_absolute_url_to_another_host_gets_no_token(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    wire = Wire(script(httpx.Response(200), httpx.Response(200)))
    asc = make_driver(key=provider, transport=wire)

    await asc.request("GET", "/v1/apps")
    await asc.request("PUT", "https://store-032.blobstore.apple.com/upload?X-Amz-Signature=abc", content=b"x")

    assert wire.sent[0].authorization is not None
    assert wire.sent[1].authorization is None


async def test_base_url_is_an_option_and_its_host_gets_the_token(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    wire = Wire(script(httpx.Response(200)))
    asc = make_driver(key=provider, transport=wire, base_url="http://127.0.0.1:8080")

    await asc.request("GET", "/v1/apps")

    assert wire.sent[0].url == "http://127.0.0.1:8080/v1/apps"
    assert wire.sent[0].authorization is not None


async def test_no_key_sends_no_token(make_driver: MakeDriver) -> None:
    wire = Wire(script(httpx.Response(401, json={"errors": [{"code": "NOT_AUTHORIZED"}]})))
    asc = make_driver(transport=wire)

    with pytest.raises(NotAuthorizedError) as caught:
        await asc.request("GET", "/v1/apps")

    assert wire.sent[0].authorization is None
    assert caught.value.diagnostics == ()


async def test_stream_raises_the_typed_error_before_any_body_is_read(make_driver: MakeDriver) -> None:
    asc = make_driver(transport=Wire(script(httpx.Response(404, json={"errors": [{"code": "NOT_FOUND"}]}))))

    with pytest.raises(ApiError) as caught:
        await asc.download("GET", "/v1/salesReports")

    assert caught.value.code == "NOT_FOUND"


async def test_per_request_timeout_reaches_the_transport(make_driver: MakeDriver) -> None:
    seen: list[dict[str, float | None]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200)

    asc = make_driver(transport=Wire(handle), timeout=30.0)
    await asc.request("GET", "/v1/apps")
    await asc.request("GET", "/v1/apps", timeout=300.0)

    assert seen[0]["read"] == 30.0 and seen[1]["read"] == 300.0


async def test_logs_each_attempt_without_secrets(
    make_driver: MakeDriver, provider: TokenProvider, caplog: pytest.LogCaptureFixture
) -> None:
    wire = Wire(script(httpx.Response(503), httpx.Response(200, headers=RATE)))
    asc = make_driver(key=provider, transport=wire)
    caplog.set_level(logging.DEBUG, logger="app_store_connect")

    await asc.request("GET", "/v1/apps?cursor=abc&X-Amz-Signature=deadbeef")

    attempts = [r for r in caplog.records if hasattr(r, "asc_attempt")]
    assert [(r.asc_status, r.asc_attempt) for r in attempts] == [(503, 1), (200, 2)]  # type: ignore[attr-defined]
    assert attempts[1].asc_rate_limit_remaining == 3000  # type: ignore[attr-defined]
    assert attempts[1].asc_path == "/v1/apps"  # type: ignore[attr-defined]
    assert any("retrying GET" in r.getMessage() for r in caplog.records)
    text = "\n".join(r.getMessage() + repr(r.__dict__) for r in caplog.records)
    token = wire.tokens[0]
    assert token and token not in text
    assert "deadbeef" not in text and "Bearer" not in text


async def test_context_manager_closes(make_driver: MakeDriver) -> None:
    asc = make_driver(transport=Wire(script(httpx.Response(200))))

    if asc.kind == "sync":
        with asc.asc as client:
            client.request("GET", "/v1/apps")
    else:
        async with asc.asc as client:
            await client.request("GET", "/v1/apps")

    assert asc.asc._http.is_closed


async def test_q8_a_401_from_another_host_gets_no_token_diagnostics(
    make_driver: MakeDriver, provider: TokenProvider
) -> None:
    asc = make_driver(key=provider, transport=Wire(script(httpx.Response(401, text="Unauthorized"))))

    with pytest.raises(NotAuthorizedError) as caught:
        await asc.request("GET", "https://uploads.example.com/part-1")

    assert caught.value.diagnostics == ()


async def test_q8_one_mint_for_concurrent_requests(make_driver: MakeDriver, provider: TokenProvider) -> None:
    wire = Wire(script(*[httpx.Response(200)] * 20))
    asc = make_driver(key=provider, transport=wire)

    if asc.kind == "sync":
        with ThreadPoolExecutor(max_workers=10) as pool:
            list(pool.map(lambda _: asc.asc.request("GET", "/v1/apps"), range(20)))
    else:
        async with anyio.create_task_group() as tasks:
            for _ in range(20):
                tasks.start_soon(asc.asc.request, "GET", "/v1/apps")

    assert provider.mint_count == 1
    assert len(set(wire.tokens)) == 1 and len(wire.tokens) == 20
