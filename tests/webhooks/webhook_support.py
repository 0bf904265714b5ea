"""Helpers of the webhook tests: the secret, a served receiver, a quiet request handler."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler

from app_store_connect.webhooks import WebhookReceiver

SECRET = "correct horse battery staple"


class Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No request lines on stderr."""


@dataclass
class Served:
    """A receiver and the URL it is served at."""

    receiver: WebhookReceiver
    url: str
