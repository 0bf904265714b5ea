"""`asc.marketplace_search_details`: the operations on marketplace_search_details (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.marketplace_search_detail_create_request import MarketplaceSearchDetailCreateRequest
    from ..models.marketplace_search_detail_response import MarketplaceSearchDetailResponse
    from ..models.marketplace_search_detail_update_request import MarketplaceSearchDetailUpdateRequest

__all__ = ["AsyncMarketplaceSearchDetails", "MarketplaceSearchDetails"]

_CREATE_BODY = Body(
    "marketplaceSearchDetails",
    {"catalog_url": ("catalogUrl", "string", True)},
    {"app": ("app", "apps", False, True)},
)
_UPDATE_BODY = Body("marketplaceSearchDetails", {"catalog_url": ("catalogUrl", "string", False)}, {})


class MarketplaceSearchDetails(SyncResource):
    """`asc.marketplace_search_details`."""

    def create(
        self,
        /,
        body: MarketplaceSearchDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        catalog_url: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/marketplaceSearchDetails`` (marketplaceSearchDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacesearchdetails
        """
        return self._write(
            "marketplace_search_details.marketplace_search_details_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/marketplaceSearchDetails/{id}`` (marketplaceSearchDetails_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacesearchdetails-_id_
        """
        return self._call("marketplace_search_details.marketplace_search_details_delete_instance", locals())

    def update(
        self,
        id: str,
        /,
        body: MarketplaceSearchDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        catalog_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/marketplaceSearchDetails/{id}`` (marketplaceSearchDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacesearchdetails-_id_
        """
        return self._write(
            "marketplace_search_details.marketplace_search_details_update_instance", locals(), _UPDATE_BODY
        )


class AsyncMarketplaceSearchDetails(AsyncResource):
    """`asc.marketplace_search_details` (async)."""

    async def create(
        self,
        /,
        body: MarketplaceSearchDetailCreateRequest | Mapping[str, Any] | None = None,
        *,
        catalog_url: str | Unset = UNSET,
        app: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/marketplaceSearchDetails`` (marketplaceSearchDetails_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-marketplacesearchdetails
        """
        return await self._write(
            "marketplace_search_details.marketplace_search_details_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/marketplaceSearchDetails/{id}`` (marketplaceSearchDetails_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-marketplacesearchdetails-_id_
        """
        return await self._call(
            "marketplace_search_details.marketplace_search_details_delete_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: MarketplaceSearchDetailUpdateRequest | Mapping[str, Any] | None = None,
        *,
        catalog_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/marketplaceSearchDetails/{id}`` (marketplaceSearchDetails_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-marketplacesearchdetails-_id_
        """
        return await self._write(
            "marketplace_search_details.marketplace_search_details_update_instance", locals(), _UPDATE_BODY
        )
