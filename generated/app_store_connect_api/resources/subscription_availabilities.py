"""`asc.subscription_availabilities`: the operations on subscription_availabilities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_availability_available_territories_linkages_response import (
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse,
    )
    from ..models.subscription_availability_available_territories_linkages_response_data_item import (
        SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseDataItem,
    )
    from ..models.subscription_availability_create_request import SubscriptionAvailabilityCreateRequest
    from ..models.subscription_availability_response import SubscriptionAvailabilityResponse
    from ..models.territories_response import TerritoriesResponse
    from ..models.territory import Territory

__all__ = ["AsyncSubscriptionAvailabilities", "SubscriptionAvailabilities"]

_CREATE_BODY = Body(
    "subscriptionAvailabilities",
    {"available_in_new_territories": ("availableInNewTerritories", "boolean", True)},
    {
        "subscription": ("subscription", "subscriptions", False, True),
        "available_territories": ("availableTerritories", "territories", True, True),
    },
)


class SubscriptionAvailabilities(SyncResource):
    """`asc.subscription_availabilities`."""

    def create(
        self,
        /,
        body: SubscriptionAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        subscription: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionAvailabilities`` (subscriptionAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionavailabilities
        """
        return self._write(
            "subscription_availabilities.subscription_availabilities_create_instance", locals(), _CREATE_BODY
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_
        """
        return self._call("subscription_availabilities.subscription_availabilities_get_instance", locals())

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

        ``GET /v1/subscriptionAvailabilities/{id}/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_related",
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

        ``GET /v1/subscriptionAvailabilities/{id}/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        return self._call(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_related",
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
    ) -> Paginator[SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        return self._call(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )


class AsyncSubscriptionAvailabilities(AsyncResource):
    """`asc.subscription_availabilities` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | Unset = UNSET,
        subscription: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionAvailabilities`` (subscriptionAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionavailabilities
        """
        return await self._write(
            "subscription_availabilities.subscription_availabilities_create_instance", locals(), _CREATE_BODY
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptionAvailabilities/{id}`` (subscriptionAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_
        """
        return await self._call(
            "subscription_availabilities.subscription_availabilities_get_instance", locals()
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

        ``GET /v1/subscriptionAvailabilities/{id}/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_related",
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

        ``GET /v1/subscriptionAvailabilities/{id}/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-availableterritories
        """
        return await self._call(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_related",
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
    ) -> AsyncPaginator[SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every SubscriptionAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    async def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionAvailabilities/{id}/relationships/availableTerritories`` (subscriptionAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionavailabilities-_id_-relationships-availableterritories
        """
        return await self._call(
            "subscription_availabilities.subscription_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )
