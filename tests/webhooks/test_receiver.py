"""The receiver as a WSGI app (over real HTTP) and as an ASGI app: verified events in, the rest refused."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest
from webhook_support import SECRET, Served

from app_store_connect.webhooks import (
    SIGNATURE_HEADER,
    Ping,
    WebhookReceiver,
    WebhookSignatureError,
    signature,
)

PING = (
    b'{"data":{"type":"webhookPingCreated","id":"p1","version":1,'
    b'"attributes":{"timestamp":"2025-06-10T17:02:11Z"}}}'
)


def test_wsgi_accepts_a_signed_delivery_and_hands_on_the_event(served: Served) -> None:
    answer = httpx.post(served.url, content=PING, headers={SIGNATURE_HEADER: signature(PING, SECRET)})

    assert answer.status_code == 200
    event = served.receiver.events.get_nowait()
    assert isinstance(event, Ping) and event.id == "p1"


@pytest.mark.parametrize(
    ("method", "body", "headers", "status"),
    [
        ("POST", PING, {SIGNATURE_HEADER: signature(PING, "wrong")}, 401),
        ("POST", PING, {}, 401),
        ("POST", b"not json", {SIGNATURE_HEADER: signature(b"not json", SECRET)}, 400),
        ("GET", b"", {}, 405),
    ],
)
def test_wsgi_refuses_what_it_cannot_verify(
    served: Served, method: str, body: bytes, headers: dict[str, str], status: int
) -> None:
    answer = httpx.request(method, served.url, content=body, headers=headers)

    assert answer.status_code == status
    assert served.receiver.events.empty()
    assert SECRET not in answer.text


def test_a_body_over_the_limit_is_refused_unread() -> None:
    receiver = WebhookReceiver(SECRET, max_body=10)

    assert receiver.answer("POST", PING, signature(PING, SECRET))[0] == 413


@pytest.mark.anyio
async def test_asgi_accepts_a_signed_delivery_in_chunks() -> None:
    seen: list[Any] = []
    receiver = WebhookReceiver(SECRET, on_event=seen.append)
    transport = httpx.ASGITransport(app=receiver.asgi)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
        good = await client.post("/", content=PING, headers={SIGNATURE_HEADER: signature(PING, SECRET)})
        bad = await client.post("/", content=PING, headers={SIGNATURE_HEADER: signature(PING, "wrong")})

    assert (good.status_code, bad.status_code) == (200, 401)
    assert [event.id for event in seen] == ["p1"]


def test_sleep_wakes_at_the_next_event() -> None:
    receiver = WebhookReceiver(SECRET)
    timer = threading.Timer(0.05, receiver.accept, args=(PING, signature(PING, SECRET)))
    timer.start()

    started = time.monotonic()
    receiver.sleep(30)
    timer.join()
    assert time.monotonic() - started < 5


def test_the_secret_never_shows() -> None:
    receiver = WebhookReceiver(SECRET)

    assert SECRET not in repr(receiver)
    with pytest.raises(WebhookSignatureError):
        WebhookReceiver("")


@pytest.mark.anyio
async def test_async_sleep_wakes_at_the_next_event() -> None:
    receiver = WebhookReceiver(SECRET)
    timer = threading.Timer(0.05, receiver.accept, args=(PING, signature(PING, SECRET)))
    timer.start()

    started = time.monotonic()
    await receiver.async_sleep(30)
    timer.join()
    assert time.monotonic() - started < 5
