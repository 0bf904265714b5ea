"""Fixtures of the webhook tests: a receiver served on 127.0.0.1 (stopped after the test), a sandbox."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from wsgiref.simple_server import WSGIServer, make_server

import pytest
from webhook_support import SECRET, Quiet, Served

from app_store_connect import ApiKey, AppStoreConnect
from app_store_connect.sandbox import Sandbox
from app_store_connect.webhooks import WebhookReceiver


@pytest.fixture
def served() -> Iterator[Served]:
    """A `WebhookReceiver` with `SECRET`, served by wsgiref in a thread."""
    receiver = WebhookReceiver(SECRET)
    server: WSGIServer = make_server("127.0.0.1", 0, receiver.wsgi, handler_class=Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Served(receiver, f"http://127.0.0.1:{server.server_port}/hooks/asc")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox where builds and reviews move on at the next read."""
    with Sandbox(fast=True) as running:
        yield running


@pytest.fixture
def asc(sandbox: Sandbox) -> Iterator[AppStoreConnect]:
    """A client of the sandbox with its demo key."""
    key = ApiKey.from_pem(sandbox.private_key_pem, key_id=sandbox.key_id, issuer_id=sandbox.issuer_id)
    with AppStoreConnect(key, base_url=sandbox.base_url) as client:
        yield client
