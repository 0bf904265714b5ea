"""`asc.app_preview_sets`: the operations on app_preview_sets (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_preview import AppPreview
    from ..models.app_preview_set_app_previews_linkages_response import (
        AppPreviewSetAppPreviewsLinkagesResponse,
    )
    from ..models.app_preview_set_app_previews_linkages_response_data_item import (
        AppPreviewSetAppPreviewsLinkagesResponseDataItem,
    )
    from ..models.app_preview_set_create_request import AppPreviewSetCreateRequest
    from ..models.app_preview_set_response import AppPreviewSetResponse
    from ..models.app_previews_response import AppPreviewsResponse

__all__ = ["AppPreviewSets", "AsyncAppPreviewSets"]

_CREATE_BODY = Body(
    "appPreviewSets",
    {"preview_type": ("previewType", "string", True)},
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


class AppPreviewSets(SyncResource):
    """`asc.app_preview_sets`."""

    def create(
        self,
        /,
        body: AppPreviewSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        preview_type: str | Unset = UNSET,
        app_store_version_localization: str | None | Unset = UNSET,
        app_custom_product_page_localization: str | None | Unset = UNSET,
        app_store_version_experiment_treatment_localization: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPreviewSets`` (appPreviewSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviewsets
        """
        return self._write("app_preview_sets.app_preview_sets_create_instance", locals(), _CREATE_BODY)

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appPreviewSets/{id}`` (appPreviewSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviewsets-_id_
        """
        return self._call("app_preview_sets.app_preview_sets_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetResponse:
        """One request.

        ``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_
        """
        return self._call("app_preview_sets.app_preview_sets_get_instance", locals())

    def list_app_previews(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPreview]:
        """Every AppPreview across pages, with the pagination guards.

        ``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        return self._paginate("app_preview_sets.app_preview_sets_app_previews_get_to_many_related", locals())

    def list_app_previews_page(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        return self._call("app_preview_sets.app_preview_sets_app_previews_get_to_many_related", locals())

    def list_app_previews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPreviewSetAppPreviewsLinkagesResponseDataItem]:
        """Every AppPreviewSetAppPreviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return self._paginate(
            "app_preview_sets.app_preview_sets_app_previews_get_to_many_relationship", locals()
        )

    def list_app_previews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetAppPreviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return self._call("app_preview_sets.app_preview_sets_app_previews_get_to_many_relationship", locals())

    def replace_app_previews(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return self._link_many(
            "app_preview_sets.app_preview_sets_app_previews_replace_to_many_relationship",
            locals(),
            "appPreviews",
        )


class AsyncAppPreviewSets(AsyncResource):
    """`asc.app_preview_sets` (async)."""

    async def create(
        self,
        /,
        body: AppPreviewSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        preview_type: str | Unset = UNSET,
        app_store_version_localization: str | None | Unset = UNSET,
        app_custom_product_page_localization: str | None | Unset = UNSET,
        app_store_version_experiment_treatment_localization: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppPreviewSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appPreviewSets`` (appPreviewSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-apppreviewsets
        """
        return await self._write("app_preview_sets.app_preview_sets_create_instance", locals(), _CREATE_BODY)

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appPreviewSets/{id}`` (appPreviewSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apppreviewsets-_id_
        """
        return await self._call("app_preview_sets.app_preview_sets_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_app_custom_product_page_localizations: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatment_localizations: str | Sequence[str] | None = None,
        fields_app_previews: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_previews: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetResponse:
        """One request.

        ``GET /v1/appPreviewSets/{id}`` (appPreviewSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_
        """
        return await self._call("app_preview_sets.app_preview_sets_get_instance", locals())

    def list_app_previews(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPreview]:
        """Every AppPreview across pages, with the pagination guards.

        ``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        return self._paginate("app_preview_sets.app_preview_sets_app_previews_get_to_many_related", locals())

    async def list_app_previews_page(
        self,
        id: str,
        /,
        *,
        fields_app_previews: str | Sequence[str] | None = None,
        fields_app_preview_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPreviewSets/{id}/appPreviews`` (appPreviewSets_appPreviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-apppreviews
        """
        return await self._call(
            "app_preview_sets.app_preview_sets_app_previews_get_to_many_related", locals()
        )

    def list_app_previews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPreviewSetAppPreviewsLinkagesResponseDataItem]:
        """Every AppPreviewSetAppPreviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return self._paginate(
            "app_preview_sets.app_preview_sets_app_previews_get_to_many_relationship", locals()
        )

    async def list_app_previews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreviewSetAppPreviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return await self._call(
            "app_preview_sets.app_preview_sets_app_previews_get_to_many_relationship", locals()
        )

    async def replace_app_previews(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/appPreviewSets/{id}/relationships/appPreviews`` (appPreviewSets_appPreviews_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apppreviewsets-_id_-relationships-apppreviews
        """
        return await self._link_many(
            "app_preview_sets.app_preview_sets_app_previews_replace_to_many_relationship",
            locals(),
            "appPreviews",
        )
