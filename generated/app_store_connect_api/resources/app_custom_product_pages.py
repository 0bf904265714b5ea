"""`asc.app_custom_product_pages`: the operations on app_custom_product_pages (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_custom_product_page_app_custom_product_page_versions_linkages_response import (
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse,
    )
    from ..models.app_custom_product_page_app_custom_product_page_versions_linkages_response_data_item import (
        AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseDataItem,
    )
    from ..models.app_custom_product_page_create_request import AppCustomProductPageCreateRequest
    from ..models.app_custom_product_page_response import AppCustomProductPageResponse
    from ..models.app_custom_product_page_update_request import AppCustomProductPageUpdateRequest
    from ..models.app_custom_product_page_version import AppCustomProductPageVersion
    from ..models.app_custom_product_page_versions_response import AppCustomProductPageVersionsResponse

__all__ = ["AppCustomProductPages", "AsyncAppCustomProductPages"]

_CREATE_BODY = Body(
    "appCustomProductPages",
    {"name": ("name", "string", True)},
    {
        "app": ("app", "apps", False, True),
        "app_custom_product_page_versions": (
            "appCustomProductPageVersions",
            "appCustomProductPageVersions",
            True,
            False,
        ),
        "app_store_version_template": ("appStoreVersionTemplate", "appStoreVersions", False, False),
        "custom_product_page_template": ("customProductPageTemplate", "appCustomProductPages", False, False),
    },
)
_UPDATE_BODY = Body(
    "appCustomProductPages", {"name": ("name", "string", False), "visible": ("visible", "boolean", False)}, {}
)


class AppCustomProductPages(SyncResource):
    """`asc.app_custom_product_pages`."""

    def create(
        self,
        /,
        body: AppCustomProductPageCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        app: str | Unset = UNSET,
        app_custom_product_page_versions: str | Sequence[str] | None | Unset = UNSET,
        app_store_version_template: str | None | Unset = UNSET,
        custom_product_page_template: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPages`` (appCustomProductPages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpages
        """
        return self._write(
            "app_custom_product_pages.app_custom_product_pages_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appCustomProductPages/{id}`` (appCustomProductPages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpages-_id_
        """
        return self._call("app_custom_product_pages.app_custom_product_pages_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """One request.

        ``GET /v1/appCustomProductPages/{id}`` (appCustomProductPages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_
        """
        return self._call("app_custom_product_pages.app_custom_product_pages_get_instance", locals())

    def list_app_custom_product_page_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageVersion]:
        """Every AppCustomProductPageVersion across pages, with the pagination guards.

        ``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        return self._paginate(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        return self._call(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseDataItem]:
        """Every AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        return self._paginate(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_relationship",
            locals(),
        )

    def list_app_custom_product_page_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        return self._call(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPages/{id}`` (appCustomProductPages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpages-_id_
        """
        return self._write(
            "app_custom_product_pages.app_custom_product_pages_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppCustomProductPages(AsyncResource):
    """`asc.app_custom_product_pages` (async)."""

    async def create(
        self,
        /,
        body: AppCustomProductPageCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        app: str | Unset = UNSET,
        app_custom_product_page_versions: str | Sequence[str] | None | Unset = UNSET,
        app_store_version_template: str | None | Unset = UNSET,
        custom_product_page_template: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPages`` (appCustomProductPages_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpages
        """
        return await self._write(
            "app_custom_product_pages.app_custom_product_pages_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appCustomProductPages/{id}`` (appCustomProductPages_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpages-_id_
        """
        return await self._call("app_custom_product_pages.app_custom_product_pages_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """One request.

        ``GET /v1/appCustomProductPages/{id}`` (appCustomProductPages_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_
        """
        return await self._call("app_custom_product_pages.app_custom_product_pages_get_instance", locals())

    def list_app_custom_product_page_versions(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageVersion]:
        """Every AppCustomProductPageVersion across pages, with the pagination guards.

        ``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        return self._paginate(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related",
            locals(),
        )

    async def list_app_custom_product_page_versions_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPages/{id}/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-appcustomproductpageversions
        """
        return await self._call(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_related",
            locals(),
        )

    def list_app_custom_product_page_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseDataItem]:
        """Every AppCustomProductPageAppCustomProductPageVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        return self._paginate(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_relationship",
            locals(),
        )

    async def list_app_custom_product_page_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageAppCustomProductPageVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPages/{id}/relationships/appCustomProductPageVersions`` (appCustomProductPages_appCustomProductPageVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpages-_id_-relationships-appcustomproductpageversions
        """
        return await self._call(
            "app_custom_product_pages.app_custom_product_pages_app_custom_product_page_versions_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        visible: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPages/{id}`` (appCustomProductPages_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpages-_id_
        """
        return await self._write(
            "app_custom_product_pages.app_custom_product_pages_update_instance", locals(), _UPDATE_BODY
        )
