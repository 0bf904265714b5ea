"""A receiver for App Store Connect webhooks that plugs into any WSGI or ASGI app.

    receiver = WebhookReceiver(secret, on_event=print)
    app.mount("/asc", receiver.wsgi)     # Flask/Django/werkzeug: a WSGI app
    app.mount("/asc", receiver.asgi)     # Starlette/FastAPI: an ASGI app

Each POST is verified (signature over the raw body, constant-time) before it is parsed; a good one is
answered 200 and handed to `on_event` and to `events`; a bad signature 401, a body that is not an event
400, another method 405, a body over `max_body` bytes 413.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import anyio

from ._errors import WebhookPayloadError, WebhookSignatureError
from ._events import WebhookEvent, parse_event
from ._signature import SIGNATURE_HEADER, verify_signature

EventHandler = Callable[[WebhookEvent], None]
StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Receive = Callable[[], Awaitable[Mapping[str, Any]]]
Send = Callable[[Mapping[str, Any]], Awaitable[None]]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Payload Too Large",
}


class WebhookReceiver:
    """Verifies, parses and hands on App Store Connect deliveries; see the module docstring.

    `events` holds every verified event (a thread-safe queue); `sleep(seconds)` waits like `time.sleep`
    but wakes at the next event, so a workflow polling a build (`distribute(..., sleep=receiver.sleep)`)
    reads again as soon as Apple says something changed.
    """

    def __init__(
        self, secret: str | bytes, *, on_event: EventHandler | None = None, max_body: int = 1 << 20
    ) -> None:
        if not secret:
            raise WebhookSignatureError("a webhook receiver needs the secret the webhook was made with")
        self._secret = secret
        self._on_event = on_event
        self._max_body = max_body
        self.events: queue.Queue[WebhookEvent] = queue.Queue()
        self._arrived = threading.Condition()
        self._count = 0

    def __repr__(self) -> str:
        return f"WebhookReceiver(events={self._count})"  # never the secret

    def accept(self, body: bytes, signature: str | None) -> WebhookEvent:
        """Verify and parse one delivery; raises `WebhookError` for one to refuse."""
        verify_signature(body, signature, self._secret)
        event = parse_event(body)
        self.events.put(event)
        with self._arrived:
            self._count += 1
            self._arrived.notify_all()
        if self._on_event is not None:
            self._on_event(event)
        return event

    def answer(self, method: str, body: bytes, signature: str | None) -> tuple[int, bytes]:
        """The status and body to answer a request with (what `wsgi` and `asgi` send)."""
        if method != "POST":
            return 405, b"App Store Connect webhooks are POST requests\n"
        if len(body) > self._max_body:
            return 413, b"body too large\n"
        try:
            self.accept(body, signature)
        except WebhookSignatureError:
            return 401, b"signature does not verify\n"  # the reason stays on this side
        except WebhookPayloadError as error:
            return 400, f"{error}\n".encode()
        return 200, b""

    # WSGI

    def wsgi(self, environ: Mapping[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """The receiver as a WSGI application."""
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > self._max_body:
            status, body = 413, b"body too large\n"
        else:
            raw = environ["wsgi.input"].read(length) if length else b""
            signature = environ.get("HTTP_" + SIGNATURE_HEADER.upper().replace("-", "_"))
            status, body = self.answer(str(environ.get("REQUEST_METHOD")), raw, signature)
        start_response(
            f"{status} {_REASONS[status]}",
            [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))],
        )
        return [body]

    # ASGI

    async def asgi(self, scope: Mapping[str, Any], receive: Receive, send: Send) -> None:
        """The receiver as an ASGI application (HTTP scopes)."""
        if scope.get("type") != "http":
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= self._max_body:
                chunks.append(chunk)
            more = bool(message.get("more_body"))
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope.get("headers", ())
        }
        if size > self._max_body:
            status, body = 413, b"body too large\n"
        else:
            status, body = self.answer(
                str(scope.get("method")), b"".join(chunks), headers.get(SIGNATURE_HEADER)
            )
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    # Waiting for events

    def sleep(self, seconds: float) -> None:
        """Wait `seconds`, or less when an event arrives meanwhile."""
        with self._arrived:
            seen = self._count
            self._arrived.wait_for(lambda: self._count != seen, timeout=seconds)

    async def async_sleep(self, seconds: float) -> None:
        """`sleep` for async code (checks every 50 ms without blocking the loop)."""
        seen, deadline = self._count, time.monotonic() + seconds
        while self._count == seen and time.monotonic() < deadline:
            await anyio.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
