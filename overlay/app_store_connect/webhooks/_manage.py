"""Webhooks of an app through the generated API: create, list, change, delete, ping, deliveries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app_store_connect_api.api.apps import apps_webhooks_get_to_many_related
from app_store_connect_api.api.webhook_pings import webhook_pings_create_instance
from app_store_connect_api.api.webhooks import (
    webhooks_create_instance,
    webhooks_delete_instance,
    webhooks_deliveries_get_to_many_related,
    webhooks_update_instance,
)
from app_store_connect_api.models.webhook import Webhook
from app_store_connect_api.models.webhook_create_request import WebhookCreateRequest
from app_store_connect_api.models.webhook_delivery import WebhookDelivery
from app_store_connect_api.models.webhook_event_type import WebhookEventType
from app_store_connect_api.models.webhook_ping import WebhookPing
from app_store_connect_api.models.webhook_ping_create_request import WebhookPingCreateRequest
from app_store_connect_api.models.webhook_update_request import WebhookUpdateRequest

from .._client import AppStoreConnect, AsyncAppStoreConnect
from .._errors import ConfigurationError

EVENT_TYPES = tuple(member.value for member in WebhookEventType if member.is_known)
"""Every event type Apple's spec names (`WebhookEventType`)."""


def _create_body(
    app_id: str, url: str, secret: str, event_types: Sequence[str], name: str | None, enabled: bool
) -> WebhookCreateRequest:
    if not url.startswith("https://") and not url.startswith("http://"):
        raise ConfigurationError(f"the webhook URL must be an http(s) URL Apple can reach, not {url!r}")
    if len(secret) < 8:
        raise ConfigurationError("choose a webhook secret of at least 8 characters that is hard to guess")
    unknown = [kind for kind in event_types if kind not in EVENT_TYPES]
    if unknown or not event_types:
        raise ConfigurationError(
            f"unknown or missing event types {unknown or '(none given)'}; "
            f"use some of: {', '.join(EVENT_TYPES)}"
        )
    attributes = {
        "name": name or f"{app_id} webhook",
        "url": url,
        "secret": secret,
        "eventTypes": list(event_types),
        "enabled": enabled,
    }
    relationships = {"app": {"data": {"type": "apps", "id": app_id}}}
    return WebhookCreateRequest.from_dict(
        {"data": {"type": "webhooks", "attributes": attributes, "relationships": relationships}}
    )


def _update_body(webhook_id: str, attributes: dict[str, Any]) -> WebhookUpdateRequest:
    return WebhookUpdateRequest.from_dict(
        {"data": {"type": "webhooks", "id": webhook_id, "attributes": attributes}}
    )


def _ping_body(webhook_id: str) -> WebhookPingCreateRequest:
    relationships = {"webhook": {"data": {"type": "webhooks", "id": webhook_id}}}
    return WebhookPingCreateRequest.from_dict(
        {"data": {"type": "webhookPings", "relationships": relationships}}
    )


def create_webhook(
    asc: AppStoreConnect,
    app_id: str,
    url: str,
    secret: str,
    event_types: Sequence[str],
    *,
    name: str | None = None,
    enabled: bool = True,
) -> Webhook:
    """Make a webhook of the app: Apple POSTs the `event_types` to `url`, signed with `secret`."""
    body = _create_body(app_id, url, secret, event_types, name, enabled)
    return asc.call(webhooks_create_instance, body=body).data


async def async_create_webhook(
    asc: AsyncAppStoreConnect,
    app_id: str,
    url: str,
    secret: str,
    event_types: Sequence[str],
    *,
    name: str | None = None,
    enabled: bool = True,
) -> Webhook:
    """See `create_webhook`."""
    body = _create_body(app_id, url, secret, event_types, name, enabled)
    return (await asc.call(webhooks_create_instance, body=body)).data


def list_webhooks(asc: AppStoreConnect, app_id: str) -> list[Webhook]:
    """Every webhook of the app."""
    return list(asc.paginate(apps_webhooks_get_to_many_related, id=app_id))


async def async_list_webhooks(asc: AsyncAppStoreConnect, app_id: str) -> list[Webhook]:
    """See `list_webhooks`."""
    return [webhook async for webhook in asc.paginate(apps_webhooks_get_to_many_related, id=app_id)]


def set_webhook_enabled(asc: AppStoreConnect, webhook_id: str, enabled: bool) -> Webhook:
    """Switch a webhook on or off."""
    return asc.call(
        webhooks_update_instance, id=webhook_id, body=_update_body(webhook_id, {"enabled": enabled})
    ).data


async def async_set_webhook_enabled(asc: AsyncAppStoreConnect, webhook_id: str, enabled: bool) -> Webhook:
    """See `set_webhook_enabled`."""
    body = _update_body(webhook_id, {"enabled": enabled})
    return (await asc.call(webhooks_update_instance, id=webhook_id, body=body)).data


def delete_webhook(asc: AppStoreConnect, webhook_id: str) -> None:
    """Delete a webhook (Apple stops sending to it)."""
    asc.call(webhooks_delete_instance, id=webhook_id)


async def async_delete_webhook(asc: AsyncAppStoreConnect, webhook_id: str) -> None:
    """See `delete_webhook`."""
    await asc.call(webhooks_delete_instance, id=webhook_id)


def ping_webhook(asc: AppStoreConnect, webhook_id: str) -> WebhookPing:
    """Ask Apple to send a test delivery (a `Ping` event) to the webhook's URL."""
    return asc.call(webhook_pings_create_instance, body=_ping_body(webhook_id)).data


async def async_ping_webhook(asc: AsyncAppStoreConnect, webhook_id: str) -> WebhookPing:
    """See `ping_webhook`."""
    return (await asc.call(webhook_pings_create_instance, body=_ping_body(webhook_id))).data


def list_deliveries(asc: AppStoreConnect, webhook_id: str) -> list[WebhookDelivery]:
    """The webhook's recent deliveries, with their state and the receiver's answer."""
    return list(asc.paginate(webhooks_deliveries_get_to_many_related, id=webhook_id))


async def async_list_deliveries(asc: AsyncAppStoreConnect, webhook_id: str) -> list[WebhookDelivery]:
    """See `list_deliveries`."""
    return [item async for item in asc.paginate(webhooks_deliveries_get_to_many_related, id=webhook_id)]
