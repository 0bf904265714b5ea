"""`asc.app_categories`: the operations on app_categories (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_categories_response import AppCategoriesResponse
    from ..models.app_categories_without_includes_response import AppCategoriesWithoutIncludesResponse
    from ..models.app_category import AppCategory
    from ..models.app_category_parent_linkage_response import AppCategoryParentLinkageResponse
    from ..models.app_category_response import AppCategoryResponse
    from ..models.app_category_subcategories_linkages_response import AppCategorySubcategoriesLinkagesResponse
    from ..models.app_category_subcategories_linkages_response_data_item import (
        AppCategorySubcategoriesLinkagesResponseDataItem,
    )
    from ..models.app_category_without_includes_response import AppCategoryWithoutIncludesResponse

__all__ = ["AppCategories", "AsyncAppCategories"]


class AppCategories(SyncResource):
    """`asc.app_categories`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appCategories/{id}`` (appCategories_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_
        """
        return self._call("app_categories.app_categories_get_instance", locals())

    def get_parent(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryWithoutIncludesResponse:
        """One request.

        ``GET /v1/appCategories/{id}/parent`` (appCategories_parent_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-parent
        """
        return self._call("app_categories.app_categories_parent_get_to_one_related", locals())

    def get_parent_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppCategoryParentLinkageResponse:
        """One request.

        ``GET /v1/appCategories/{id}/relationships/parent`` (appCategories_parent_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-parent
        """
        return self._call("app_categories.app_categories_parent_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_platforms: str | Sequence[str] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCategory]:
        """Every AppCategory across pages, with the pagination guards.

        ``GET /v1/appCategories`` (appCategories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        return self._paginate("app_categories.app_categories_get_collection", locals())

    def list_page(
        self,
        *,
        filter_platforms: str | Sequence[str] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories`` (appCategories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        return self._call("app_categories.app_categories_get_collection", locals())

    def list_subcategories(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCategory]:
        """Every AppCategory across pages, with the pagination guards.

        ``GET /v1/appCategories/{id}/subcategories`` (appCategories_subcategories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        return self._paginate("app_categories.app_categories_subcategories_get_to_many_related", locals())

    def list_subcategories_page(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoriesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories/{id}/subcategories`` (appCategories_subcategories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        return self._call("app_categories.app_categories_subcategories_get_to_many_related", locals())

    def list_subcategories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCategorySubcategoriesLinkagesResponseDataItem]:
        """Every AppCategorySubcategoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCategories/{id}/relationships/subcategories`` (appCategories_subcategories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        return self._paginate(
            "app_categories.app_categories_subcategories_get_to_many_relationship", locals()
        )

    def list_subcategories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategorySubcategoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories/{id}/relationships/subcategories`` (appCategories_subcategories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        return self._call("app_categories.app_categories_subcategories_get_to_many_relationship", locals())


class AsyncAppCategories(AsyncResource):
    """`asc.app_categories` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryResponse:
        """One request.

        ``GET /v1/appCategories/{id}`` (appCategories_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_
        """
        return await self._call("app_categories.app_categories_get_instance", locals())

    async def get_parent(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppCategoryWithoutIncludesResponse:
        """One request.

        ``GET /v1/appCategories/{id}/parent`` (appCategories_parent_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-parent
        """
        return await self._call("app_categories.app_categories_parent_get_to_one_related", locals())

    async def get_parent_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppCategoryParentLinkageResponse:
        """One request.

        ``GET /v1/appCategories/{id}/relationships/parent`` (appCategories_parent_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-parent
        """
        return await self._call("app_categories.app_categories_parent_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_platforms: str | Sequence[str] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCategory]:
        """Every AppCategory across pages, with the pagination guards.

        ``GET /v1/appCategories`` (appCategories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        return self._paginate("app_categories.app_categories_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_platforms: str | Sequence[str] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subcategories: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoriesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories`` (appCategories_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        return await self._call("app_categories.app_categories_get_collection", locals())

    def list_subcategories(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCategory]:
        """Every AppCategory across pages, with the pagination guards.

        ``GET /v1/appCategories/{id}/subcategories`` (appCategories_subcategories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        return self._paginate("app_categories.app_categories_subcategories_get_to_many_related", locals())

    async def list_subcategories_page(
        self,
        id: str,
        /,
        *,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategoriesWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories/{id}/subcategories`` (appCategories_subcategories_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        return await self._call("app_categories.app_categories_subcategories_get_to_many_related", locals())

    def list_subcategories_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCategorySubcategoriesLinkagesResponseDataItem]:
        """Every AppCategorySubcategoriesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCategories/{id}/relationships/subcategories`` (appCategories_subcategories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        return self._paginate(
            "app_categories.app_categories_subcategories_get_to_many_relationship", locals()
        )

    async def list_subcategories_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCategorySubcategoriesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCategories/{id}/relationships/subcategories`` (appCategories_subcategories_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        return await self._call(
            "app_categories.app_categories_subcategories_get_to_many_relationship", locals()
        )
