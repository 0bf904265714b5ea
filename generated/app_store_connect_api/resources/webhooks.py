"""`asc.webhooks`: the operations on webhooks (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.webhook_create_request import WebhookCreateRequest
    from ..models.webhook_deliveries_linkages_response import WebhookDeliveriesLinkagesResponse
    from ..models.webhook_deliveries_linkages_response_data_item import (
        WebhookDeliveriesLinkagesResponseDataItem,
    )
    from ..models.webhook_deliveries_response import WebhookDeliveriesResponse
    from ..models.webhook_delivery import WebhookDelivery
    from ..models.webhook_response import WebhookResponse
    from ..models.webhook_update_request import WebhookUpdateRequest

__all__ = ["AsyncWebhooks", "Webhooks"]

_CREATE_BODY = Body(
    "webhooks",
    {
        "enabled": ("enabled", "boolean", True),
        "event_types": ("eventTypes", "array", True),
        "name": ("name", "string", True),
        "secret": ("secret", "string", True),
        "url": ("url", "string", True),
    },
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body(
    "webhooks",
    {
        "enabled": ("enabled", "boolean", False),
        "event_types": ("eventTypes", "array", False),
        "name": ("name", "string", False),
        "secret": ("secret", "string", False),
        "url": ("url", "string", False),
    },
    {},
)


class Webhooks(SyncResource):
    """`asc.webhooks`."""

    def create(
        self,
        /,
        body: WebhookCreateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | Unset = UNSET,
        event_types: Sequence[Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        url: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhooks`` (webhooks_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhooks
        """
        return self._write("webhooks.webhooks_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/webhooks/{id}`` (webhooks_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-webhooks-_id_
        """
        return self._call("webhooks.webhooks_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """One request.

        ``GET /v1/webhooks/{id}`` (webhooks_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_
        """
        return self._call("webhooks.webhooks_get_instance", locals())

    def list_deliveries(
        self,
        id: str,
        /,
        *,
        filter_delivery_state: str | Sequence[str] | None = None,
        filter_created_date_greater_than_or_equal_to: str | Sequence[str] | None = None,
        filter_created_date_less_than: str | Sequence[str] | None = None,
        fields_webhook_deliveries: str | Sequence[str] | None = None,
        fields_webhook_events: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[WebhookDelivery]:
        """Every WebhookDelivery across pages, with the pagination guards.

        ``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        return self._paginate("webhooks.webhooks_deliveries_get_to_many_related", locals())

    def list_deliveries_page(
        self,
        id: str,
        /,
        *,
        filter_delivery_state: str | Sequence[str] | None = None,
        filter_created_date_greater_than_or_equal_to: str | Sequence[str] | None = None,
        filter_created_date_less_than: str | Sequence[str] | None = None,
        fields_webhook_deliveries: str | Sequence[str] | None = None,
        fields_webhook_events: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhookDeliveriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        return self._call("webhooks.webhooks_deliveries_get_to_many_related", locals())

    def list_deliveries_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[WebhookDeliveriesLinkagesResponseDataItem]:
        """Every WebhookDeliveriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/webhooks/{id}/relationships/deliveries`` (webhooks_deliveries_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        return self._paginate("webhooks.webhooks_deliveries_get_to_many_relationship", locals())

    def list_deliveries_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> WebhookDeliveriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/webhooks/{id}/relationships/deliveries`` (webhooks_deliveries_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        return self._call("webhooks.webhooks_deliveries_get_to_many_relationship", locals())

    def update(
        self,
        id: str,
        /,
        body: WebhookUpdateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | None | Unset = UNSET,
        event_types: Sequence[Any] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        secret: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/webhooks/{id}`` (webhooks_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-webhooks-_id_
        """
        return self._write("webhooks.webhooks_update_instance", locals(), _UPDATE_BODY)


class AsyncWebhooks(AsyncResource):
    """`asc.webhooks` (async)."""

    async def create(
        self,
        /,
        body: WebhookCreateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | Unset = UNSET,
        event_types: Sequence[Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        url: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/webhooks`` (webhooks_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-webhooks
        """
        return await self._write("webhooks.webhooks_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/webhooks/{id}`` (webhooks_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-webhooks-_id_
        """
        return await self._call("webhooks.webhooks_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """One request.

        ``GET /v1/webhooks/{id}`` (webhooks_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_
        """
        return await self._call("webhooks.webhooks_get_instance", locals())

    def list_deliveries(
        self,
        id: str,
        /,
        *,
        filter_delivery_state: str | Sequence[str] | None = None,
        filter_created_date_greater_than_or_equal_to: str | Sequence[str] | None = None,
        filter_created_date_less_than: str | Sequence[str] | None = None,
        fields_webhook_deliveries: str | Sequence[str] | None = None,
        fields_webhook_events: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[WebhookDelivery]:
        """Every WebhookDelivery across pages, with the pagination guards.

        ``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        return self._paginate("webhooks.webhooks_deliveries_get_to_many_related", locals())

    async def list_deliveries_page(
        self,
        id: str,
        /,
        *,
        filter_delivery_state: str | Sequence[str] | None = None,
        filter_created_date_greater_than_or_equal_to: str | Sequence[str] | None = None,
        filter_created_date_less_than: str | Sequence[str] | None = None,
        fields_webhook_deliveries: str | Sequence[str] | None = None,
        fields_webhook_events: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhookDeliveriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries
        """
        return await self._call("webhooks.webhooks_deliveries_get_to_many_related", locals())

    def list_deliveries_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[WebhookDeliveriesLinkagesResponseDataItem]:
        """Every WebhookDeliveriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/webhooks/{id}/relationships/deliveries`` (webhooks_deliveries_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        return self._paginate("webhooks.webhooks_deliveries_get_to_many_relationship", locals())

    async def list_deliveries_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> WebhookDeliveriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/webhooks/{id}/relationships/deliveries`` (webhooks_deliveries_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-relationships-deliveries
        """
        return await self._call("webhooks.webhooks_deliveries_get_to_many_relationship", locals())

    async def update(
        self,
        id: str,
        /,
        body: WebhookUpdateRequest | Mapping[str, Any] | None = None,
        *,
        enabled: bool | None | Unset = UNSET,
        event_types: Sequence[Any] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        secret: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> WebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/webhooks/{id}`` (webhooks_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-webhooks-_id_
        """
        return await self._write("webhooks.webhooks_update_instance", locals(), _UPDATE_BODY)
