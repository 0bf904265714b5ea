"""`asc.subscription_price_points`: the operations on subscription_price_points (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.subscription_price_point import SubscriptionPricePoint
    from ..models.subscription_price_point_equalizations_linkages_response import (
        SubscriptionPricePointEqualizationsLinkagesResponse,
    )
    from ..models.subscription_price_point_equalizations_linkages_response_data_item import (
        SubscriptionPricePointEqualizationsLinkagesResponseDataItem,
    )
    from ..models.subscription_price_point_response import SubscriptionPricePointResponse
    from ..models.subscription_price_points_response import SubscriptionPricePointsResponse

__all__ = ["AsyncSubscriptionPricePoints", "SubscriptionPricePoints"]


class SubscriptionPricePoints(SyncResource):
    """`asc.subscription_price_points`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointResponse:
        """One request.

        ``GET /v1/subscriptionPricePoints/{id}`` (subscriptionPricePoints_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_
        """
        return self._call("subscription_price_points.subscription_price_points_get_instance", locals())

    def list_adjusted_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations`` (subscriptionPricePoints_adjustedEqualizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_adjusted_equalizations_get_to_many_related",
            locals(),
        )

    def list_adjusted_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations`` (subscriptionPricePoints_adjustedEqualizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        return self._call(
            "subscription_price_points.subscription_price_points_adjusted_equalizations_get_to_many_related",
            locals(),
        )

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_related", locals()
        )

    def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        return self._call(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_related", locals()
        )

    def list_equalizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionPricePointEqualizationsLinkagesResponseDataItem]:
        """Every SubscriptionPricePointEqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/relationships/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_relationship",
            locals(),
        )

    def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointEqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/relationships/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        return self._call(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_relationship",
            locals(),
        )


class AsyncSubscriptionPricePoints(AsyncResource):
    """`asc.subscription_price_points` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointResponse:
        """One request.

        ``GET /v1/subscriptionPricePoints/{id}`` (subscriptionPricePoints_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_
        """
        return await self._call("subscription_price_points.subscription_price_points_get_instance", locals())

    def list_adjusted_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations`` (subscriptionPricePoints_adjustedEqualizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_adjusted_equalizations_get_to_many_related",
            locals(),
        )

    async def list_adjusted_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/adjustedEqualizations`` (subscriptionPricePoints_adjustedEqualizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-adjustedequalizations
        """
        return await self._call(
            "subscription_price_points.subscription_price_points_adjusted_equalizations_get_to_many_related",
            locals(),
        )

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricePoint]:
        """Every SubscriptionPricePoint across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_related", locals()
        )

    async def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_subscription: str | Sequence[str] | None = None,
        filter_upfront_price_point_id: str | Sequence[str] | None = None,
        filter_plan_type: str | Sequence[str] | None = None,
        fields_subscription_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-equalizations
        """
        return await self._call(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_related", locals()
        )

    def list_equalizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionPricePointEqualizationsLinkagesResponseDataItem]:
        """Every SubscriptionPricePointEqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/subscriptionPricePoints/{id}/relationships/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_relationship",
            locals(),
        )

    async def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionPricePointEqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/subscriptionPricePoints/{id}/relationships/equalizations`` (subscriptionPricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptionpricepoints-_id_-relationships-equalizations
        """
        return await self._call(
            "subscription_price_points.subscription_price_points_equalizations_get_to_many_relationship",
            locals(),
        )
