"""`asc.app_store_version_experiment_treatment_localizations`: the operations on app_store_version_experiment_treatment_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_preview_set import AppPreviewSet
    from ..models.app_preview_sets_response import AppPreviewSetsResponse
    from ..models.app_screenshot_set import AppScreenshotSet
    from ..models.app_screenshot_sets_response import AppScreenshotSetsResponse
    from ..models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response import (
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse,
    )
    from ..models.app_store_version_experiment_treatment_localization_app_preview_sets_linkages_response_data_item import (
        AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response import (
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse,
    )
    from ..models.app_store_version_experiment_treatment_localization_app_screenshot_sets_linkages_response_data_item import (
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseDataItem,
    )
    from ..models.app_store_version_experiment_treatment_localization_create_request import (
        AppStoreVersionExperimentTreatmentLocalizationCreateRequest,
    )
    from ..models.app_store_version_experiment_treatment_localization_response import (
        AppStoreVersionExperimentTreatmentLocalizationResponse,
    )

__all__ = [
    "AppStoreVersionExperimentTreatmentLocalizations",
    "AsyncAppStoreVersionExperimentTreatmentLocalizations",
]

_CREATE_BODY = Body(
    "appStoreVersionExperimentTreatmentLocalizations",
    {"locale": ("locale", "string", True)},
    {
        "app_store_version_experiment_treatment": (
            "appStoreVersionExperimentTreatment",
            "appStoreVersionExperimentTreatments",
            False,
            True,
        )
    },
)


class AppStoreVersionExperimentTreatmentLocalizations(SyncResource):
    """`asc.app_store_version_experiment_treatment_localizations`."""

    def create(
        self,
        /,
        body: AppStoreVersionExperimentTreatmentLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        app_store_version_experiment_treatment: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatmentLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatmentlocalizations
        """
        return self._write(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_create_instance",
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

        ``DELETE /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """One request.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_get_instance",
            locals(),
        )

    def list_app_preview_sets(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    def list_app_preview_sets_page(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_related",
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
    ) -> Paginator[AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_preview_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    def list_app_screenshot_sets_page(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_related",
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
    ) -> Paginator[AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        return self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )


class AsyncAppStoreVersionExperimentTreatmentLocalizations(AsyncResource):
    """`asc.app_store_version_experiment_treatment_localizations` (async)."""

    async def create(
        self,
        /,
        body: AppStoreVersionExperimentTreatmentLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        app_store_version_experiment_treatment: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appStoreVersionExperimentTreatmentLocalizations`` (appStoreVersionExperimentTreatmentLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionexperimenttreatmentlocalizations
        """
        return await self._write(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_create_instance",
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

        ``DELETE /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_preview_sets: int | None = None,
        limit_app_screenshot_sets: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationResponse:
        """One request.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}`` (appStoreVersionExperimentTreatmentLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_get_instance",
            locals(),
        )

    def list_app_preview_sets(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_related",
            locals(),
        )

    async def list_app_preview_sets_page(
        self,
        id: str,
        /,
        *,
        filter_preview_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-apppreviewsets
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_related",
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
    ) -> AsyncPaginator[AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseDataItem]:
        """Every AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    async def list_app_preview_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationAppPreviewSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appPreviewSets`` (appStoreVersionExperimentTreatmentLocalizations_appPreviewSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-apppreviewsets
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_preview_sets_get_to_many_relationship",
            locals(),
        )

    def list_app_screenshot_sets(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_related",
            locals(),
        )

    async def list_app_screenshot_sets_page(
        self,
        id: str,
        /,
        *,
        filter_screenshot_display_type: str | Sequence[str] | None = None,
        filter_app_store_version_localization: str | Sequence[str] | None = None,
        filter_app_custom_product_page_localization: str | Sequence[str] | None = None,
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

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-appscreenshotsets
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_related",
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
    ) -> AsyncPaginator[
        AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseDataItem
    ]:
        """Every AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        return self._paginate(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )

    async def list_app_screenshot_sets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentTreatmentLocalizationAppScreenshotSetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appStoreVersionExperimentTreatmentLocalizations/{id}/relationships/appScreenshotSets`` (appStoreVersionExperimentTreatmentLocalizations_appScreenshotSets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversionexperimenttreatmentlocalizations-_id_-relationships-appscreenshotsets
        """
        return await self._call(
            "app_store_version_experiment_treatment_localizations.app_store_version_experiment_treatment_localizations_app_screenshot_sets_get_to_many_relationship",
            locals(),
        )
