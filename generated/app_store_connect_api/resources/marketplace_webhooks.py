"""`asc.marketplace_webhooks`: the operations on marketplace_webhooks (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.marketplace_webhook import MarketplaceWebhook
    from ..models.marketplace_webhook_create_request import MarketplaceWebhookCreateRequest
    from ..models.marketplace_webhook_response import MarketplaceWebhookResponse
    from ..models.marketplace_webhook_update_request import MarketplaceWebhookUpdateRequest
    from ..models.marketplace_webhooks_response import MarketplaceWebhooksResponse

__all__ = ["AsyncMarketplaceWebhooks", "MarketplaceWebhooks"]

_CREATE_BODY = Body(
    "marketplaceWebhooks",
    {"endpoint_url": ("endpointUrl", "string", True), "secret": ("secret", "string", True)},
    {},
)
_UPDATE_BODY = Body(
    "marketplaceWebhooks",
    {"endpoint_url": ("endpointUrl", "string", False), "secret": ("secret", "string", False)},
    {},
)


class MarketplaceWebhooks(SyncResource):
    """`asc.marketplace_webhooks`."""

    def create(
        self,
        /,
        body: MarketplaceWebhookCreateRequest | Mapping[str, Any] | None = None,
        *,
        endpoint_url: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceWebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/marketplaceWebhooks`` (marketplaceWebhooks_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacewebhooks
        """
        return self._write(
            "marketplace_webhooks.marketplace_webhooks_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/marketplaceWebhooks/{id}`` (marketplaceWebhooks_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacewebhooks-_id_
        """
        return self._call("marketplace_webhooks.marketplace_webhooks_delete_instance", locals())

    def list(
        self,
        *,
        fields_marketplace_webhooks: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[MarketplaceWebhook]:
        """Every MarketplaceWebhook across pages, with the pagination guards.

        ``GET /v1/marketplaceWebhooks`` (marketplaceWebhooks_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        return self._paginate("marketplace_webhooks.marketplace_webhooks_get_collection", locals())

    def list_page(
        self,
        *,
        fields_marketplace_webhooks: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> MarketplaceWebhooksResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/marketplaceWebhooks`` (marketplaceWebhooks_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        return self._call("marketplace_webhooks.marketplace_webhooks_get_collection", locals())

    def update(
        self,
        id: str,
        /,
        body: MarketplaceWebhookUpdateRequest | Mapping[str, Any] | None = None,
        *,
        endpoint_url: str | None | Unset = UNSET,
        secret: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceWebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/marketplaceWebhooks/{id}`` (marketplaceWebhooks_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacewebhooks-_id_
        """
        return self._write(
            "marketplace_webhooks.marketplace_webhooks_update_instance", locals(), _UPDATE_BODY
        )


class AsyncMarketplaceWebhooks(AsyncResource):
    """`asc.marketplace_webhooks` (async)."""

    async def create(
        self,
        /,
        body: MarketplaceWebhookCreateRequest | Mapping[str, Any] | None = None,
        *,
        endpoint_url: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceWebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/marketplaceWebhooks`` (marketplaceWebhooks_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacewebhooks
        """
        return await self._write(
            "marketplace_webhooks.marketplace_webhooks_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/marketplaceWebhooks/{id}`` (marketplaceWebhooks_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacewebhooks-_id_
        """
        return await self._call("marketplace_webhooks.marketplace_webhooks_delete_instance", locals())

    def list(
        self,
        *,
        fields_marketplace_webhooks: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[MarketplaceWebhook]:
        """Every MarketplaceWebhook across pages, with the pagination guards.

        ``GET /v1/marketplaceWebhooks`` (marketplaceWebhooks_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        return self._paginate("marketplace_webhooks.marketplace_webhooks_get_collection", locals())

    async def list_page(
        self,
        *,
        fields_marketplace_webhooks: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> MarketplaceWebhooksResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/marketplaceWebhooks`` (marketplaceWebhooks_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-marketplacewebhooks
        """
        return await self._call("marketplace_webhooks.marketplace_webhooks_get_collection", locals())

    async def update(
        self,
        id: str,
        /,
        body: MarketplaceWebhookUpdateRequest | Mapping[str, Any] | None = None,
        *,
        endpoint_url: str | None | Unset = UNSET,
        secret: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceWebhookResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/marketplaceWebhooks/{id}`` (marketplaceWebhooks_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacewebhooks-_id_
        """
        return await self._write(
            "marketplace_webhooks.marketplace_webhooks_update_instance", locals(), _UPDATE_BODY
        )
