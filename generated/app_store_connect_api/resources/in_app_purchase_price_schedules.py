"""`asc.in_app_purchase_price_schedules`: the operations on in_app_purchase_price_schedules (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_price import InAppPurchasePrice
    from ..models.in_app_purchase_price_schedule_automatic_prices_linkages_response import (
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse,
    )
    from ..models.in_app_purchase_price_schedule_automatic_prices_linkages_response_data_item import (
        InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_price_schedule_base_territory_linkage_response import (
        InAppPurchasePriceScheduleBaseTerritoryLinkageResponse,
    )
    from ..models.in_app_purchase_price_schedule_create_request import InAppPurchasePriceScheduleCreateRequest
    from ..models.in_app_purchase_price_schedule_manual_prices_linkages_response import (
        InAppPurchasePriceScheduleManualPricesLinkagesResponse,
    )
    from ..models.in_app_purchase_price_schedule_manual_prices_linkages_response_data_item import (
        InAppPurchasePriceScheduleManualPricesLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_price_schedule_response import InAppPurchasePriceScheduleResponse
    from ..models.in_app_purchase_prices_response import InAppPurchasePricesResponse
    from ..models.territory_response import TerritoryResponse

__all__ = ["AsyncInAppPurchasePriceSchedules", "InAppPurchasePriceSchedules"]

_CREATE_BODY = Body(
    "inAppPurchasePriceSchedules",
    {},
    {
        "in_app_purchase": ("inAppPurchase", "inAppPurchases", False, True),
        "base_territory": ("baseTerritory", "territories", False, True),
        "manual_prices": ("manualPrices", "inAppPurchasePrices", True, True),
    },
)


class InAppPurchasePriceSchedules(SyncResource):
    """`asc.in_app_purchase_price_schedules`."""

    def create(
        self,
        /,
        body: InAppPurchasePriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase: str | Unset = UNSET,
        base_territory: str | Unset = UNSET,
        manual_prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchasePriceSchedules`` (inAppPurchasePriceSchedules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasepriceschedules
        """
        return self._write(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_get_instance", locals()
        )

    def get_base_territory(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/baseTerritory`` (inAppPurchasePriceSchedules_baseTerritory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-baseterritory
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_base_territory_get_to_one_related",
            locals(),
        )

    def get_base_territory_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleBaseTerritoryLinkageResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory`` (inAppPurchasePriceSchedules_baseTerritory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-baseterritory
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_base_territory_get_to_one_relationship",
            locals(),
        )

    def list_automatic_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePrice]:
        """Every InAppPurchasePrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_related",
            locals(),
        )

    def list_automatic_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_related",
            locals(),
        )

    def list_automatic_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseDataItem]:
        """Every InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_relationship",
            locals(),
        )

    def list_automatic_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_relationship",
            locals(),
        )

    def list_manual_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePrice]:
        """Every InAppPurchasePrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_related",
            locals(),
        )

    def list_manual_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_related",
            locals(),
        )

    def list_manual_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePriceScheduleManualPricesLinkagesResponseDataItem]:
        """Every InAppPurchasePriceScheduleManualPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_relationship",
            locals(),
        )

    def list_manual_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleManualPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        return self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_relationship",
            locals(),
        )


class AsyncInAppPurchasePriceSchedules(AsyncResource):
    """`asc.in_app_purchase_price_schedules` (async)."""

    async def create(
        self,
        /,
        body: InAppPurchasePriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        *,
        in_app_purchase: str | Unset = UNSET,
        base_territory: str | Unset = UNSET,
        manual_prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/inAppPurchasePriceSchedules`` (inAppPurchasePriceSchedules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchasepriceschedules
        """
        return await self._write(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}`` (inAppPurchasePriceSchedules_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_get_instance", locals()
        )

    async def get_base_territory(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/baseTerritory`` (inAppPurchasePriceSchedules_baseTerritory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-baseterritory
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_base_territory_get_to_one_related",
            locals(),
        )

    async def get_base_territory_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleBaseTerritoryLinkageResponse:
        """One request.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/baseTerritory`` (inAppPurchasePriceSchedules_baseTerritory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-baseterritory
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_base_territory_get_to_one_relationship",
            locals(),
        )

    def list_automatic_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePrice]:
        """Every InAppPurchasePrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_related",
            locals(),
        )

    async def list_automatic_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-automaticprices
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_related",
            locals(),
        )

    def list_automatic_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseDataItem]:
        """Every InAppPurchasePriceScheduleAutomaticPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_relationship",
            locals(),
        )

    async def list_automatic_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleAutomaticPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/automaticPrices`` (inAppPurchasePriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-automaticprices
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_automatic_prices_get_to_many_relationship",
            locals(),
        )

    def list_manual_prices(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePrice]:
        """Every InAppPurchasePrice across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_related",
            locals(),
        )

    async def list_manual_prices_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_in_app_purchase_prices: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-manualprices
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_related",
            locals(),
        )

    def list_manual_prices_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePriceScheduleManualPricesLinkagesResponseDataItem]:
        """Every InAppPurchasePriceScheduleManualPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        return self._paginate(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_relationship",
            locals(),
        )

    async def list_manual_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePriceScheduleManualPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePriceSchedules/{id}/relationships/manualPrices`` (inAppPurchasePriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepriceschedules-_id_-relationships-manualprices
        """
        return await self._call(
            "in_app_purchase_price_schedules.in_app_purchase_price_schedules_manual_prices_get_to_many_relationship",
            locals(),
        )
