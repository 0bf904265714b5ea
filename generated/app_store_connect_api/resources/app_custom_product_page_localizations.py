"""`asc.app_custom_product_page_localizations`: the operations on app_custom_product_page_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_custom_product_page_localization_app_preview_sets_linkages_response import (
        AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponse,
    )
    from ..models.app_custom_product_page_localization_app_preview_sets_linkages_response_data_item import (
        AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseDataItem,
    )
    from ..models.app_custom_product_page_localization_app_screenshot_sets_linkages_response import (
        AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponse,
    )
    from ..models.app_custom_product_page_localization_app_screenshot_sets_linkages_response_data_item import (
        AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseDataItem,
    )
    from ..models.app_custom_product_page_localization_create_request import (
        AppCustomProductPageLocalizationCreateRequest,
    )
    from ..models.app_custom_product_page_localization_response import (
        AppCustomProductPageLocalizationResponse,
    )
    from ..models.app_custom_product_page_localization_search_keywords_linkages_response import (
        AppCustomProductPageLocalizationSearchKeywordsLinkagesResponse,
    )
    from ..models.app_custom_product_page_localization_search_keywords_linkages_response_data_item import (
        AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseDataItem,
    )
    from ..models.app_custom_product_page_localization_update_request import (
        AppCustomProductPageLocalizationUpdateRequest,
    )
    from ..models.app_keyword import AppKeyword
    from ..models.app_keywords_response import AppKeywordsResponse
    from ..models.app_preview_set import AppPreviewSet
    from ..models.app_preview_sets_response import AppPreviewSetsResponse
    from ..models.app_screenshot_set import AppScreenshotSet
    from ..models.app_screenshot_sets_response import AppScreenshotSetsResponse

__all__ = ["AppCustomProductPageLocalizations", "AsyncAppCustomProductPageLocalizations"]

_CREATE_BODY = Body(
    "appCustomProductPageLocalizations",
    {"locale": ("locale", "string", True), "promotional_text": ("promotionalText", "string", False)},
    {
        "app_custom_product_page_version": (
            "appCustomProductPageVersion",
            "appCustomProductPageVersions",
            False,
            True,
        )
    },
)
_UPDATE_BODY = Body(
    "appCustomProductPageLocalizations", {"promotional_text": ("promotionalText", "string", False)}, {}
)


class AppCustomProductPageLocalizations(SyncResource):
    """`asc.app_custom_product_page_localizations`."""

    def add_search_keywords(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return self._link_many(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_create_to_many_relationship",
            locals(),
            "appKeywords",
        )

    def create(
        self,
        /,
        body: AppCustomProductPageLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        promotional_text: str | None | Unset = UNSET,
        app_custom_product_page_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPageLocalizations`` (appCustomProductPageLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpagelocalizations
        """
        return self._write(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpagelocalizations-_id_
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """One request.

        ``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_get_instance",
            locals(),
        )

    def list_app_preview_sets(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPreviewSet]:
        """Every AppPreviewSet across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    def list_app_preview_sets_page(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    def list_app_preview_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-apppreviewsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_preview_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-apppreviewsets
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppScreenshotSet]:
        """Every AppScreenshotSet across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-appscreenshotsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    def list_app_screenshot_sets_page(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-appscreenshotsets
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    def list_app_screenshot_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-appscreenshotsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-appscreenshotsets
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    def list_search_keywords(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppKeyword]:
        """Every AppKeyword across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-searchkeywords
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_related",
            locals(),
        )

    def list_search_keywords_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppKeywordsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-searchkeywords
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_related",
            locals(),
        )

    def list_search_keywords_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_relationship",
            locals(),
        )

    def list_search_keywords_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationSearchKeywordsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_relationship",
            locals(),
        )

    def remove_search_keywords(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return self._link_many(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_delete_to_many_relationship",
            locals(),
            "appKeywords",
        )

    def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        promotional_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpagelocalizations-_id_
        """
        return self._write(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppCustomProductPageLocalizations(AsyncResource):
    """`asc.app_custom_product_page_localizations` (async)."""

    async def add_search_keywords(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return await self._link_many(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_create_to_many_relationship",
            locals(),
            "appKeywords",
        )

    async def create(
        self,
        /,
        body: AppCustomProductPageLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        promotional_text: str | None | Unset = UNSET,
        app_custom_product_page_version: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appCustomProductPageLocalizations`` (appCustomProductPageLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appcustomproductpagelocalizations
        """
        return await self._write(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpagelocalizations-_id_
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        limit_search_keywords: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """One request.

        ``GET /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_get_instance",
            locals(),
        )

    def list_app_preview_sets(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPreviewSet]:
        """Every AppPreviewSet across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    async def list_app_preview_sets_page(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-apppreviewsets
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    def list_app_preview_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-apppreviewsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    async def list_app_preview_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationAppPreviewSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appPreviewSets`` (appCustomProductPageLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-apppreviewsets
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppScreenshotSet]:
        """Every AppScreenshotSet across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-appscreenshotsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    async def list_app_screenshot_sets_page(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_store_version_experiment_treatment_localization: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-appscreenshotsets
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    def list_app_screenshot_sets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-appscreenshotsets
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    async def list_app_screenshot_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationAppScreenshotSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/appScreenshotSets`` (appCustomProductPageLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-appscreenshotsets
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    def list_search_keywords(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppKeyword]:
        """Every AppKeyword across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-searchkeywords
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_related",
            locals(),
        )

    async def list_search_keywords_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppKeywordsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-searchkeywords
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_related",
            locals(),
        )

    def list_search_keywords_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseDataItem]:
        """Every AppCustomProductPageLocalizationSearchKeywordsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return self._paginate(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_relationship",
            locals(),
        )

    async def list_search_keywords_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationSearchKeywordsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return await self._call(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_get_to_many_relationship",
            locals(),
        )

    async def remove_search_keywords(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/appCustomProductPageLocalizations/{id}/relationships/searchKeywords`` (appCustomProductPageLocalizations_searchKeywords_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appcustomproductpagelocalizations-_id_-relationships-searchkeywords
        """
        return await self._link_many(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_search_keywords_delete_to_many_relationship",
            locals(),
            "appKeywords",
        )

    async def update(
        self,
        id: str,
        /,
        body: AppCustomProductPageLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        promotional_text: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppCustomProductPageLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appCustomProductPageLocalizations/{id}`` (appCustomProductPageLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appcustomproductpagelocalizations-_id_
        """
        return await self._write(
            "app_custom_product_page_localizations.app_custom_product_page_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
