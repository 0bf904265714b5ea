"""`asc.app_availabilities_v2`: the operations on app_availabilities_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_availability_v2_create_request import AppAvailabilityV2CreateRequest
    from ..models.app_availability_v2_response import AppAvailabilityV2Response
    from ..models.app_availability_v2_territory_availabilities_linkages_response import (
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse,
    )
    from ..models.app_availability_v2_territory_availabilities_linkages_response_data_item import (
        AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseDataItem,
    )
    from ..models.territory_availabilities_response import TerritoryAvailabilitiesResponse
    from ..models.territory_availability import TerritoryAvailability

__all__ = ["AppAvailabilitiesV2", "AsyncAppAvailabilitiesV2"]

_CREATE_BODY = Body(
    "appAvailabilities",
    {"available_in_new_territories": ("availableInNewTerritories", "boolean", True)},
    {
        "app": ("app", "apps", False, True),
        "territory_availabilities": ("territoryAvailabilities", "territoryAvailabilities", True, True),
    },
)


class AppAvailabilitiesV2(SyncResource):
    """`asc.app_availabilities_v2`."""

    def create(
        self,
        /,
        body: AppAvailabilityV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        territory_availabilities: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/appAvailabilities`` (appAvailabilitiesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appavailabilities
        """
        return self._write("app_availabilities.app_availabilities_v2_create_instance", locals(), _CREATE_BODY)

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_availabilities: str | Sequence[str] | None = None,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territory_availabilities: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """One request.

        ``GET /v2/appAvailabilities/{id}`` (appAvailabilitiesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_
        """
        return self._call("app_availabilities.app_availabilities_v2_get_instance", locals())

    def list_territory_availabilities(
        self,
        id: str,
        /,
        *,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[TerritoryAvailability]:
        """Every TerritoryAvailability across pages, with the pagination guards.

        ``GET /v2/appAvailabilities/{id}/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        return self._paginate(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_related", locals()
        )

    def list_territory_availabilities_page(
        self,
        id: str,
        /,
        *,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryAvailabilitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appAvailabilities/{id}/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        return self._call(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_related", locals()
        )

    def list_territory_availabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseDataItem]:
        """Every AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        return self._paginate(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_relationship",
            locals(),
        )

    def list_territory_availabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        return self._call(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_relationship",
            locals(),
        )


class AsyncAppAvailabilitiesV2(AsyncResource):
    """`asc.app_availabilities_v2` (async)."""

    async def create(
        self,
        /,
        body: AppAvailabilityV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        app: str | Unset = UNSET,
        territory_availabilities: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/appAvailabilities`` (appAvailabilitiesV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-appavailabilities
        """
        return await self._write(
            "app_availabilities.app_availabilities_v2_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_availabilities: str | Sequence[str] | None = None,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territory_availabilities: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """One request.

        ``GET /v2/appAvailabilities/{id}`` (appAvailabilitiesV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_
        """
        return await self._call("app_availabilities.app_availabilities_v2_get_instance", locals())

    def list_territory_availabilities(
        self,
        id: str,
        /,
        *,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[TerritoryAvailability]:
        """Every TerritoryAvailability across pages, with the pagination guards.

        ``GET /v2/appAvailabilities/{id}/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        return self._paginate(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_related", locals()
        )

    async def list_territory_availabilities_page(
        self,
        id: str,
        /,
        *,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> TerritoryAvailabilitiesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appAvailabilities/{id}/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-territoryavailabilities
        """
        return await self._call(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_related", locals()
        )

    def list_territory_availabilities_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseDataItem]:
        """Every AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        return self._paginate(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_relationship",
            locals(),
        )

    async def list_territory_availabilities_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2TerritoryAvailabilitiesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/appAvailabilities/{id}/relationships/territoryAvailabilities`` (appAvailabilitiesV2_territoryAvailabilities_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-appavailabilities-_id_-relationships-territoryavailabilities
        """
        return await self._call(
            "app_availabilities.app_availabilities_v2_territory_availabilities_get_to_many_relationship",
            locals(),
        )
