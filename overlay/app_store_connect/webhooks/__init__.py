"""App Store Connect webhooks: manage them, and receive their signed deliveries.

    from app_store_connect.webhooks import WebhookReceiver, create_webhook, ping_webhook

    hook = create_webhook(asc, app_id, "https://ci.example.com/asc", secret, ["BUILD_UPLOAD_STATE_UPDATED"])
    receiver = WebhookReceiver(secret, on_event=print)   # receiver.wsgi / receiver.asgi in your app
    ping_webhook(asc, hook.id)                           # a `Ping` arrives, verified

Deliveries are verified by `x-apple-signature: hmacsha256=<hex>` over the raw body (W1 in QUIRKS.md)
and parsed into typed events (`parse_event`); an event type not known here is an `UnknownEvent`.
Every management function has an `async_` twin.
"""

from __future__ import annotations

from ._errors import WebhookError, WebhookPayloadError, WebhookSignatureError
from ._events import (
    AppStoreVersionStateUpdated,
    BetaFeedbackCreated,
    BuildBetaStateUpdated,
    BuildUploadStateUpdated,
    Ping,
    StateChange,
    UnknownEvent,
    WebhookEvent,
    parse_event,
)
from ._manage import (
    EVENT_TYPES,
    async_create_webhook,
    async_delete_webhook,
    async_list_deliveries,
    async_list_webhooks,
    async_ping_webhook,
    async_set_webhook_enabled,
    create_webhook,
    delete_webhook,
    list_deliveries,
    list_webhooks,
    ping_webhook,
    set_webhook_enabled,
)
from ._receiver import WebhookReceiver
from ._signature import SIGNATURE_HEADER, signature, verify_signature

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "AppStoreVersionStateUpdated",
    "BetaFeedbackCreated",
    "BuildBetaStateUpdated",
    "BuildUploadStateUpdated",
    "Ping",
    "StateChange",
    "UnknownEvent",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookSignatureError",
    "async_create_webhook",
    "async_delete_webhook",
    "async_list_deliveries",
    "async_list_webhooks",
    "async_ping_webhook",
    "async_set_webhook_enabled",
    "create_webhook",
    "delete_webhook",
    "list_deliveries",
    "list_webhooks",
    "parse_event",
    "ping_webhook",
    "set_webhook_enabled",
    "signature",
    "verify_signature",
]
