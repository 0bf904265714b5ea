"""`asc.in_app_purchase_price_points`: the operations on in_app_purchase_price_points (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.in_app_purchase_price_point import InAppPurchasePricePoint
    from ..models.in_app_purchase_price_point_equalizations_linkages_response import (
        InAppPurchasePricePointEqualizationsLinkagesResponse,
    )
    from ..models.in_app_purchase_price_point_equalizations_linkages_response_data_item import (
        InAppPurchasePricePointEqualizationsLinkagesResponseDataItem,
    )
    from ..models.in_app_purchase_price_points_response import InAppPurchasePricePointsResponse

__all__ = ["AsyncInAppPurchasePricePoints", "InAppPurchasePricePoints"]


class InAppPurchasePricePoints(SyncResource):
    """`asc.in_app_purchase_price_points`."""

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_in_app_purchase_v2: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchasePricePoint]:
        """Every InAppPurchasePricePoint across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePricePoints/{id}/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        return self._paginate(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_related",
            locals(),
        )

    def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_in_app_purchase_v2: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePricePoints/{id}/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        return self._call(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_related",
            locals(),
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
    ) -> Paginator[InAppPurchasePricePointEqualizationsLinkagesResponseDataItem]:
        """Every InAppPurchasePricePointEqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_relationship",
            locals(),
        )

    def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointEqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        return self._call(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_relationship",
            locals(),
        )


class AsyncInAppPurchasePricePoints(AsyncResource):
    """`asc.in_app_purchase_price_points` (async)."""

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_in_app_purchase_v2: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchasePricePoint]:
        """Every InAppPurchasePricePoint across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePricePoints/{id}/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        return self._paginate(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_related",
            locals(),
        )

    async def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_in_app_purchase_v2: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_points: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePricePoints/{id}/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-equalizations
        """
        return await self._call(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_related",
            locals(),
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
    ) -> AsyncPaginator[InAppPurchasePricePointEqualizationsLinkagesResponseDataItem]:
        """Every InAppPurchasePricePointEqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_relationship",
            locals(),
        )

    async def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasePricePointEqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/inAppPurchasePricePoints/{id}/relationships/equalizations`` (inAppPurchasePricePoints_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchasepricepoints-_id_-relationships-equalizations
        """
        return await self._call(
            "in_app_purchase_price_points.in_app_purchase_price_points_equalizations_get_to_many_relationship",
            locals(),
        )
