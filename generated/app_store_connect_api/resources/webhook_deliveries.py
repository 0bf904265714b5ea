"""`asc.webhook_deliveries`: the operations on webhook_deliveries (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.webhook_delivery_create_request import WebhookDeliveryCreateRequest
    from ..models.webhook_delivery_response import WebhookDeliveryResponse

__all__ = ["AsyncWebhookDeliveries", "WebhookDeliveries"]

_CREATE_BODY = Body("webhookDeliveries", {}, {"template": ("template", "webhookDeliveries", False, True)})


class WebhookDeliveries(SyncResource):
    """`asc.webhook_deliveries`."""

    def create(
        self,
        /,
        body: WebhookDeliveryCreateRequest | Mapping[str, Any] | None = None,
        *,
        template: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookDeliveryResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhookDeliveries`` (webhookDeliveries_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookdeliveries
        """
        return self._write("webhook_deliveries.webhook_deliveries_create_instance", locals(), _CREATE_BODY)


class AsyncWebhookDeliveries(AsyncResource):
    """`asc.webhook_deliveries` (async)."""

    async def create(
        self,
        /,
        body: WebhookDeliveryCreateRequest | Mapping[str, Any] | None = None,
        *,
        template: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookDeliveryResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhookDeliveries`` (webhookDeliveries_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhookdeliveries
        """
        return await self._write(
            "webhook_deliveries.webhook_deliveries_create_instance", locals(), _CREATE_BODY
        )
