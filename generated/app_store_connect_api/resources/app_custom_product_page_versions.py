"""`asc.app_custom_product_page_versions`: the operations on app_custom_product_page_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_custom_product_page_localization import AppCustomProductPageLocalization
    from ..models.app_custom_product_page_localizations_response import (
        AppCustomProductPageLocalizationsResponse,
    )
    from ..models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response import (
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse,
    )
    from ..models.app_custom_product_page_version_app_custom_product_page_localizations_linkages_response_data_item import (
        AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_custom_product_page_version_create_request import (
        AppCustomProductPageVersionCreateRequest,
    )
    from ..models.app_custom_product_page_version_response import AppCustomProductPageVersionResponse
    from ..models.app_custom_product_page_version_update_request import (
        AppCustomProductPageVersionUpdateRequest,
    )

__all__ = ["AppCustomProductPageVersions", "AsyncAppCustomProductPageVersions"]

_CREATE_BODY = Body(
    "appCustomProductPageVersions",
    {"deep_link": ("deepLink", "string", False)},
    {
        "app_custom_product_page": ("appCustomProductPage", "appCustomProductPages", False, True),
        "app_custom_product_page_localizations": (
            "appCustomProductPageLocalizations",
            "appCustomProductPageLocalizations",
            True,
            False,
        ),
    },
)
_UPDATE_BODY = Body("appCustomProductPageVersions", {"deep_link": ("deepLink", "string", False)}, {})


class AppCustomProductPageVersions(SyncResource):
    """`asc.app_custom_product_page_versions`."""

    def create(
        self,
        /,
        body: AppCustomProductPageVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        deep_link: str | None | Unset = UNSET,
        app_custom_product_page: str | Unset = UNSET,
        app_custom_product_page_localizations: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPageVersions`` (appCustomProductPageVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpageversions
        """
        return self._write(
            "app_custom_product_page_versions.app_custom_product_page_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """One request.

        ``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_
        """
        return self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_get_instance", locals()
        )

    def list_app_custom_product_page_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageLocalization]:
        """Every AppCustomProductPageLocalization across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        return self._paginate(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        return self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseDataItem]:
        """Every AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        return self._paginate(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_relationship",
            locals(),
        )

    def list_app_custom_product_page_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        return self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        deep_link: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpageversions-_id_
        """
        return self._write(
            "app_custom_product_page_versions.app_custom_product_page_versions_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppCustomProductPageVersions(AsyncResource):
    """`asc.app_custom_product_page_versions` (async)."""

    async def create(
        self,
        /,
        body: AppCustomProductPageVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        deep_link: str | None | Unset = UNSET,
        app_custom_product_page: str | Unset = UNSET,
        app_custom_product_page_localizations: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPageVersions`` (appCustomProductPageVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpageversions
        """
        return await self._write(
            "app_custom_product_page_versions.app_custom_product_page_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """One request.

        ``GET /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_
        """
        return await self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_get_instance", locals()
        )

    def list_app_custom_product_page_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageLocalization]:
        """Every AppCustomProductPageLocalization across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        return self._paginate(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related",
            locals(),
        )

    async def list_app_custom_product_page_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_app_preview_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-appcustomproductpagelocalizations
        """
        return await self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseDataItem]:
        """Every AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        return self._paginate(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_app_custom_product_page_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionAppCustomProductPageLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageVersions/{id}/relationships/appCustomProductPageLocalizations`` (appCustomProductPageVersions_appCustomProductPageLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpageversions-_id_-relationships-appcustomproductpagelocalizations
        """
        return await self._call(
            "app_custom_product_page_versions.app_custom_product_page_versions_app_custom_product_page_localizations_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        deep_link: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPageVersions/{id}`` (appCustomProductPageVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpageversions-_id_
        """
        return await self._write(
            "app_custom_product_page_versions.app_custom_product_page_versions_update_instance",
            locals(),
            _UPDATE_BODY,
        )
