"""`asc.app_price_points_v3`: the operations on app_price_points_v3 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_price_point_v3 import AppPricePointV3
    from ..models.app_price_point_v3_equalizations_linkages_response import (
        AppPricePointV3EqualizationsLinkagesResponse,
    )
    from ..models.app_price_point_v3_equalizations_linkages_response_data_item import (
        AppPricePointV3EqualizationsLinkagesResponseDataItem,
    )
    from ..models.app_price_point_v3_response import AppPricePointV3Response
    from ..models.app_price_points_v3_response import AppPricePointsV3Response

__all__ = ["AppPricePointsV3", "AsyncAppPricePointsV3"]


class AppPricePointsV3(SyncResource):
    """`asc.app_price_points_v3`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointV3Response:
        """One request.

        ``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_
        """
        return self._call("app_price_points.app_price_points_v3_get_instance", locals())

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPricePointV3]:
        """Every AppPricePointV3 across pages, with the pagination guards.

        ``GET /v3/appPricePoints/{id}/equalizations`` (appPricePointsV3_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        return self._paginate(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_related", locals()
        )

    def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointsV3Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v3/appPricePoints/{id}/equalizations`` (appPricePointsV3_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        return self._call("app_price_points.app_price_points_v3_equalizations_get_to_many_related", locals())

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
    ) -> Paginator[AppPricePointV3EqualizationsLinkagesResponseDataItem]:
        """Every AppPricePointV3EqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v3/appPricePoints/{id}/relationships/equalizations`` (appPricePointsV3_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_relationship", locals()
        )

    def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointV3EqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v3/appPricePoints/{id}/relationships/equalizations`` (appPricePointsV3_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        return self._call(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_relationship", locals()
        )


class AsyncAppPricePointsV3(AsyncResource):
    """`asc.app_price_points_v3` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointV3Response:
        """One request.

        ``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_
        """
        return await self._call("app_price_points.app_price_points_v3_get_instance", locals())

    def list_equalizations(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPricePointV3]:
        """Every AppPricePointV3 across pages, with the pagination guards.

        ``GET /v3/appPricePoints/{id}/equalizations`` (appPricePointsV3_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        return self._paginate(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_related", locals()
        )

    async def list_equalizations_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointsV3Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v3/appPricePoints/{id}/equalizations`` (appPricePointsV3_equalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-equalizations
        """
        return await self._call(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_related", locals()
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
    ) -> AsyncPaginator[AppPricePointV3EqualizationsLinkagesResponseDataItem]:
        """Every AppPricePointV3EqualizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v3/appPricePoints/{id}/relationships/equalizations`` (appPricePointsV3_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        return self._paginate(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_relationship", locals()
        )

    async def list_equalizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointV3EqualizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v3/appPricePoints/{id}/relationships/equalizations`` (appPricePointsV3_equalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_-relationships-equalizations
        """
        return await self._call(
            "app_price_points.app_price_points_v3_equalizations_get_to_many_relationship", locals()
        )
