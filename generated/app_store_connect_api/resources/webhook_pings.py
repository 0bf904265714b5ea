"""`asc.webhook_pings`: the operations on webhook_pings (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.webhook_ping_create_request import WebhookPingCreateRequest
    from ..models.webhook_ping_response import WebhookPingResponse

__all__ = ["AsyncWebhookPings", "WebhookPings"]

_CREATE_BODY = Body("webhookPings", {}, {"webhook": ("webhook", "webhooks", False, True)})


class WebhookPings(SyncResource):
    """`asc.webhook_pings`."""

    def create(
        self,
        /,
        body: WebhookPingCreateRequest | Mapping[str, Any] | None = None,
        *,
        webhook: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookPingResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhookPings`` (webhookPings_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookpings
        """
        return self._write("webhook_pings.webhook_pings_create_instance", locals(), _CREATE_BODY)


class AsyncWebhookPings(AsyncResource):
    """`asc.webhook_pings` (async)."""

    async def create(
        self,
        /,
        body: WebhookPingCreateRequest | Mapping[str, Any] | None = None,
        *,
        webhook: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookPingResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhookPings`` (webhookPings_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookpings
        """
        return await self._write("webhook_pings.webhook_pings_create_instance", locals(), _CREATE_BODY)
