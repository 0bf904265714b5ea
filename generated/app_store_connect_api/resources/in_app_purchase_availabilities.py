"""`asc.in_app_purchase_availabilities`: the operations on in_app_purchase_availabilities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_availability_available_territories_linkages_response import (
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse,
    )
    from ..models.in_app_purchase_availability_available_territories_linkages_response_data_item import (
        InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_availability_create_request import InAppPurchaseAvailabilityCreateRequest
    from ..models.in_app_purchase_availability_response import InAppPurchaseAvailabilityResponse
    from ..models.territories_response import TerritoriesResponse
    from ..models.territory import Territory

__all__ = ["AsyncInAppPurchaseAvailabilities", "InAppPurchaseAvailabilities"]

_CREATE_BODY = Body(
    "inAppPurchaseAvailabilities",
    {"available_in_new_territories": ("availableInNewTerritories", "boolean", True)},
    {
        "in_app_purchase": ("inAppPurchase", "inAppPurchases", False, True),
        "available_territories": ("availableTerritories", "territories", True, True),
    },
)


class InAppPurchaseAvailabilities(SyncResource):
    """`asc.in_app_purchase_availabilities`."""

    def create(
        self,
        /,
        body: InAppPurchaseAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseAvailabilities`` (inAppPurchaseAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseavailabilities
        """
        return self._write(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """One request.

        ``GET /v1/inAppPurchaseAvailabilities/{id}`` (inAppPurchaseAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_
        """
        return self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_get_instance", locals()
        )

    def list_available_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_related",
            locals(),
        )

    def list_available_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        return self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_related",
            locals(),
        )

    def list_available_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        return self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )


class AsyncInAppPurchaseAvailabilities(AsyncResource):
    """`asc.in_app_purchase_availabilities` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchaseAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        in_app_purchase: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchaseAvailabilities`` (inAppPurchaseAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseavailabilities
        """
        return await self._write(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityResponse:
        """One request.

        ``GET /v1/inAppPurchaseAvailabilities/{id}`` (inAppPurchaseAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_
        """
        return await self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_get_instance", locals()
        )

    def list_available_territories(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Territory]:
        """Every Territory across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_related",
            locals(),
        )

    async def list_available_territories_page(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> TerritoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-availableterritories
        """
        return await self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_related",
            locals(),
        )

    def list_available_territories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    async def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchaseAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchaseAvailabilities/{id}/relationships/availableTerritories`` (inAppPurchaseAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseavailabilities-_id_-relationships-availableterritories
        """
        return await self._call(
            "in_app_purchase_availabilities.in_app_purchase_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )
