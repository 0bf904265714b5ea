"""`asc.subscription_plan_availabilities`: the operations on subscription_plan_availabilities (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_plan_availability_available_territories_linkages_response import (
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse,
    )
    from ..models.subscription_plan_availability_available_territories_linkages_response_data_item import (
        SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseDataItem,
    )
    from ..models.subscription_plan_availability_create_request import (
        SubscriptionPlanAvailabilityCreateRequest,
    )
    from ..models.subscription_plan_availability_response import SubscriptionPlanAvailabilityResponse
    from ..models.subscription_plan_availability_update_request import (
        SubscriptionPlanAvailabilityUpdateRequest,
    )
    from ..models.territories_response import TerritoriesResponse
    from ..models.territory import Territory

__all__ = ["AsyncSubscriptionPlanAvailabilities", "SubscriptionPlanAvailabilities"]

_CREATE_BODY = Body(
    "subscriptionPlanAvailabilities",
    {
        "available_in_new_territories": ("availableInNewTerritories", "boolean", False),
        "plan_type": ("planType", "string", True),
    },
    {
        "available_territories": ("availableTerritories", "territories", True, True),
        "subscription": ("subscription", "subscriptions", False, True),
    },
)
_UPDATE_BODY = Body(
    "subscriptionPlanAvailabilities",
    {"available_in_new_territories": ("availableInNewTerritories", "boolean", False)},
    {"available_territories": ("availableTerritories", "territories", True, False)},
)


class SubscriptionPlanAvailabilities(SyncResource):
    """`asc.subscription_plan_availabilities`."""

    def create(
        self,
        /,
        body: SubscriptionPlanAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | None | Unset = UNSET,
        plan_type: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPlanAvailabilities`` (subscriptionPlanAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionplanavailabilities
        """
        return self._write(
            "subscription_plan_availabilities.subscription_plan_availabilities_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptionPlanAvailabilities/{id}`` (subscriptionPlanAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_
        """
        return self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_get_instance", locals()
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

        ``GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_related",
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

        ``GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        return self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_related",
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
    ) -> Paginator[SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    def replace_available_territories(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return self._link_many(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_replace_to_many_relationship",
            locals(),
            "territories",
        )

    def update(
        self,
        id: str,
        /,
        body: SubscriptionPlanAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | None | Unset = UNSET,
        available_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionPlanAvailabilities/{id}`` (subscriptionPlanAvailabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_
        """
        return self._write(
            "subscription_plan_availabilities.subscription_plan_availabilities_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncSubscriptionPlanAvailabilities(AsyncResource):
    """`asc.subscription_plan_availabilities` (async)."""

    async def create(
        self,
        /,
        body: SubscriptionPlanAvailabilityCreateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | None | Unset = UNSET,
        plan_type: str | Unset = UNSET,
        available_territories: str | Sequence[str] | Unset = UNSET,
        subscription: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/subscriptionPlanAvailabilities`` (subscriptionPlanAvailabilities_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptionplanavailabilities
        """
        return await self._write(
            "subscription_plan_availabilities.subscription_plan_availabilities_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_plan_availabilities: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_available_territories: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """One request.

        ``GET /v1/subscriptionPlanAvailabilities/{id}`` (subscriptionPlanAvailabilities_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_
        """
        return await self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_get_instance", locals()
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

        ``GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        return self._paginate(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_related",
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

        ``GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-availableterritories
        """
        return await self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_related",
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
    ) -> AsyncPaginator[SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseDataItem]:
        """Every SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return self._paginate(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    async def list_available_territories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityAvailableTerritoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return await self._call(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_get_to_many_relationship",
            locals(),
        )

    async def replace_available_territories(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/subscriptionPlanAvailabilities/{id}/relationships/availableTerritories`` (subscriptionPlanAvailabilities_availableTerritories_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_-relationships-availableterritories
        """
        return await self._link_many(
            "subscription_plan_availabilities.subscription_plan_availabilities_available_territories_replace_to_many_relationship",
            locals(),
            "territories",
        )

    async def update(
        self,
        id: str,
        /,
        body: SubscriptionPlanAvailabilityUpdateRequest | Mapping[str, Any] | None = None,
        *,
        available_in_new_territories: bool | None | Unset = UNSET,
        available_territories: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> SubscriptionPlanAvailabilityResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/subscriptionPlanAvailabilities/{id}`` (subscriptionPlanAvailabilities_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptionplanavailabilities-_id_
        """
        return await self._write(
            "subscription_plan_availabilities.subscription_plan_availabilities_update_instance",
            locals(),
            _UPDATE_BODY,
        )
