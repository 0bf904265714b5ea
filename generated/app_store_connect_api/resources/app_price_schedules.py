"""`asc.app_price_schedules`: the operations on app_price_schedules (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_price_schedule_automatic_prices_linkages_response import (
        AppPriceScheduleAutomaticPricesLinkagesResponse,
    )
    from ..models.app_price_schedule_automatic_prices_linkages_response_data_item import (
        AppPriceScheduleAutomaticPricesLinkagesResponseDataItem,
    )
    from ..models.app_price_schedule_base_territory_linkage_response import (
        AppPriceScheduleBaseTerritoryLinkageResponse,
    )
    from ..models.app_price_schedule_create_request import AppPriceScheduleCreateRequest
    from ..models.app_price_schedule_manual_prices_linkages_response import (
        AppPriceScheduleManualPricesLinkagesResponse,
    )
    from ..models.app_price_schedule_manual_prices_linkages_response_data_item import (
        AppPriceScheduleManualPricesLinkagesResponseDataItem,
    )
    from ..models.app_price_schedule_response import AppPriceScheduleResponse
    from ..models.app_price_v2 import AppPriceV2
    from ..models.app_prices_v2_response import AppPricesV2Response
    from ..models.territory_response import TerritoryResponse

__all__ = ["AppPriceSchedules", "AsyncAppPriceSchedules"]

_CREATE_BODY = Body(
    "appPriceSchedules",
    {},
    {
        "app": ("app", "apps", False, True),
        "base_territory": ("baseTerritory", "territories", False, True),
        "manual_prices": ("manualPrices", "appPrices", True, True),
    },
)


class AppPriceSchedules(SyncResource):
    """`asc.app_price_schedules`."""

    def create(
        self,
        /,
        body: AppPriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        *,
        app: str | Unset = UNSET,
        base_territory: str | Unset = UNSET,
        manual_prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPriceSchedules`` (appPriceSchedules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppriceschedules
        """
        return self._write("app_price_schedules.app_price_schedules_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_price_schedules: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_
        """
        return self._call("app_price_schedules.app_price_schedules_get_instance", locals())

    def get_base_territory(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}/baseTerritory`` (appPriceSchedules_baseTerritory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-baseterritory
        """
        return self._call(
            "app_price_schedules.app_price_schedules_base_territory_get_to_one_related", locals()
        )

    def get_base_territory_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppPriceScheduleBaseTerritoryLinkageResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}/relationships/baseTerritory`` (appPriceSchedules_baseTerritory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-baseterritory
        """
        return self._call(
            "app_price_schedules.app_price_schedules_base_territory_get_to_one_relationship", locals()
        )

    def list_automatic_prices(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPriceV2]:
        """Every AppPriceV2 across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_related", locals()
        )

    def list_automatic_prices_page(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        return self._call(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_related", locals()
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
    ) -> Paginator[AppPriceScheduleAutomaticPricesLinkagesResponseDataItem]:
        """Every AppPriceScheduleAutomaticPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/relationships/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_relationship", locals()
        )

    def list_automatic_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleAutomaticPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/relationships/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        return self._call(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_relationship", locals()
        )

    def list_manual_prices(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPriceV2]:
        """Every AppPriceV2 across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_related", locals()
        )

    def list_manual_prices_page(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        return self._call(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_related", locals()
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
    ) -> Paginator[AppPriceScheduleManualPricesLinkagesResponseDataItem]:
        """Every AppPriceScheduleManualPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/relationships/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_relationship", locals()
        )

    def list_manual_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleManualPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/relationships/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        return self._call(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_relationship", locals()
        )


class AsyncAppPriceSchedules(AsyncResource):
    """`asc.app_price_schedules` (async)."""

    async def create(
        self,
        /,
        body: AppPriceScheduleCreateRequest | Mapping[str, Any] | None = None,
        *,
        app: str | Unset = UNSET,
        base_territory: str | Unset = UNSET,
        manual_prices: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPriceSchedules`` (appPriceSchedules_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppriceschedules
        """
        return await self._write(
            "app_price_schedules.app_price_schedules_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_price_schedules: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_automatic_prices: int | None = None,
        limit_manual_prices: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}`` (appPriceSchedules_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_
        """
        return await self._call("app_price_schedules.app_price_schedules_get_instance", locals())

    async def get_base_territory(
        self,
        id: str,
        /,
        *,
        fields_territories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}/baseTerritory`` (appPriceSchedules_baseTerritory_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-baseterritory
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_base_territory_get_to_one_related", locals()
        )

    async def get_base_territory_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppPriceScheduleBaseTerritoryLinkageResponse:
        """One request.

        ``GET /v1/appPriceSchedules/{id}/relationships/baseTerritory`` (appPriceSchedules_baseTerritory_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-baseterritory
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_base_territory_get_to_one_relationship", locals()
        )

    def list_automatic_prices(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPriceV2]:
        """Every AppPriceV2 across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_related", locals()
        )

    async def list_automatic_prices_page(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-automaticprices
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_related", locals()
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
    ) -> AsyncPaginator[AppPriceScheduleAutomaticPricesLinkagesResponseDataItem]:
        """Every AppPriceScheduleAutomaticPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/relationships/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_relationship", locals()
        )

    async def list_automatic_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleAutomaticPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/relationships/automaticPrices`` (appPriceSchedules_automaticPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-automaticprices
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_automatic_prices_get_to_many_relationship", locals()
        )

    def list_manual_prices(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPriceV2]:
        """Every AppPriceV2 across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_related", locals()
        )

    async def list_manual_prices_page(
        self,
        id: str,
        /,
        *,
        filter_start_date: str | Sequence[str] | None = None,
        filter_end_date: str | Sequence[str] | None = None,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-manualprices
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_related", locals()
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
    ) -> AsyncPaginator[AppPriceScheduleManualPricesLinkagesResponseDataItem]:
        """Every AppPriceScheduleManualPricesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPriceSchedules/{id}/relationships/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        return self._paginate(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_relationship", locals()
        )

    async def list_manual_prices_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleManualPricesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPriceSchedules/{id}/relationships/manualPrices`` (appPriceSchedules_manualPrices_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppriceschedules-_id_-relationships-manualprices
        """
        return await self._call(
            "app_price_schedules.app_price_schedules_manual_prices_get_to_many_relationship", locals()
        )
