"""`asc.app_screenshot_sets`: the operations on app_screenshot_sets (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_screenshot import AppScreenshot
    from ..models.app_screenshot_set_app_screenshots_linkages_response import (
        AppScreenshotSetAppScreenshotsLinkagesResponse,
    )
    from ..models.app_screenshot_set_app_screenshots_linkages_response_data_item import (
        AppScreenshotSetAppScreenshotsLinkagesResponseDataItem,
    )
    from ..models.app_screenshot_set_create_request import AppScreenshotSetCreateRequest
    from ..models.app_screenshot_set_response import AppScreenshotSetResponse
    from ..models.app_screenshots_response import AppScreenshotsResponse

__all__ = ["AppScreenshotSets", "AsyncAppScreenshotSets"]

_CREATE_BODY = Body(
    "appScreenshotSets",
    {"screenshot_display_type": ("screenshotDisplayType", "string", True)},
    {
        "app_store_version_localization": (
            "appStoreVersionLocalization",
            "appStoreVersionLocalizations",
            False,
            False,
        ),
        "app_custom_product_page_localization": (
            "appCustomProductPageLocalization",
            "appCustomProductPageLocalizations",
            False,
            False,
        ),
        "app_store_version_experiment_treatment_localization": (
            "appStoreVersionExperimentTreatmentLocalization",
            "appStoreVersionExperimentTreatmentLocalizations",
            False,
            False,
        ),
    },
)


class AppScreenshotSets(SyncResource):
    """`asc.app_screenshot_sets`."""

    def create(
        self,
        /,
        body: AppScreenshotSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        screenshot_display_type: str | Unset = UNSET,
        app_store_version_localization: str | None | Unset = UNSET,
        app_custom_product_page_localization: str | None | Unset = UNSET,
        app_store_version_experiment_treatment_localization: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appScreenshotSets`` (appScreenshotSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshotsets
        """
        return self._write("app_screenshot_sets.app_screenshot_sets_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appScreenshotSets/{id}`` (appScreenshotSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshotsets-_id_
        """
        return self._call("app_screenshot_sets.app_screenshot_sets_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetResponse:
        """One request.

        ``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_
        """
        return self._call("app_screenshot_sets.app_screenshot_sets_get_instance", locals())

    def list_app_screenshots(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppScreenshot]:
        """Every AppScreenshot across pages, with the pagination guards.

        ``GET /v1/appScreenshotSets/{id}/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        return self._paginate(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_related", locals()
        )

    def list_app_screenshots_page(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appScreenshotSets/{id}/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        return self._call(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_related", locals()
        )

    def list_app_screenshots_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppScreenshotSetAppScreenshotsLinkagesResponseDataItem]:
        """Every AppScreenshotSetAppScreenshotsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return self._paginate(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_relationship", locals()
        )

    def list_app_screenshots_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetAppScreenshotsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return self._call(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_relationship", locals()
        )

    def replace_app_screenshots(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return self._link_many(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_replace_to_many_relationship",
            locals(),
            "appScreenshots",
        )


class AsyncAppScreenshotSets(AsyncResource):
    """`asc.app_screenshot_sets` (async)."""

    async def create(
        self,
        /,
        body: AppScreenshotSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        screenshot_display_type: str | Unset = UNSET,
        app_store_version_localization: str | None | Unset = UNSET,
        app_custom_product_page_localization: str | None | Unset = UNSET,
        app_store_version_experiment_treatment_localization: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppScreenshotSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appScreenshotSets`` (appScreenshotSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appscreenshotsets
        """
        return await self._write(
            "app_screenshot_sets.app_screenshot_sets_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appScreenshotSets/{id}`` (appScreenshotSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appscreenshotsets-_id_
        """
        return await self._call("app_screenshot_sets.app_screenshot_sets_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_screenshots: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_screenshots: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetResponse:
        """One request.

        ``GET /v1/appScreenshotSets/{id}`` (appScreenshotSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_
        """
        return await self._call("app_screenshot_sets.app_screenshot_sets_get_instance", locals())

    def list_app_screenshots(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppScreenshot]:
        """Every AppScreenshot across pages, with the pagination guards.

        ``GET /v1/appScreenshotSets/{id}/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        return self._paginate(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_related", locals()
        )

    async def list_app_screenshots_page(
        self,
        id: str,
        /,
        *,
        fields_app_screenshots: str | Sequence[str] | None = None,
        fields_app_screenshot_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appScreenshotSets/{id}/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-appscreenshots
        """
        return await self._call(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_related", locals()
        )

    def list_app_screenshots_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppScreenshotSetAppScreenshotsLinkagesResponseDataItem]:
        """Every AppScreenshotSetAppScreenshotsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return self._paginate(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_relationship", locals()
        )

    async def list_app_screenshots_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppScreenshotSetAppScreenshotsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return await self._call(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_get_to_many_relationship", locals()
        )

    async def replace_app_screenshots(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/appScreenshotSets/{id}/relationships/appScreenshots`` (appScreenshotSets_appScreenshots_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appscreenshotsets-_id_-relationships-appscreenshots
        """
        return await self._link_many(
            "app_screenshot_sets.app_screenshot_sets_app_screenshots_replace_to_many_relationship",
            locals(),
            "appScreenshots",
        )
