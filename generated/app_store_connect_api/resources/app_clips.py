"""`asc.app_clips`: the operations on app_clips (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import AsyncResource, SyncResource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_clip_advanced_experience import AppClipAdvancedExperience
    from ..models.app_clip_advanced_experiences_response import AppClipAdvancedExperiencesResponse
    from ..models.app_clip_app_clip_advanced_experiences_linkages_response import (
        AppClipAppClipAdvancedExperiencesLinkagesResponse,
    )
    from ..models.app_clip_app_clip_advanced_experiences_linkages_response_data_item import (
        AppClipAppClipAdvancedExperiencesLinkagesResponseDataItem,
    )
    from ..models.app_clip_app_clip_default_experiences_linkages_response import (
        AppClipAppClipDefaultExperiencesLinkagesResponse,
    )
    from ..models.app_clip_app_clip_default_experiences_linkages_response_data_item import (
        AppClipAppClipDefaultExperiencesLinkagesResponseDataItem,
    )
    from ..models.app_clip_default_experience import AppClipDefaultExperience
    from ..models.app_clip_default_experiences_response import AppClipDefaultExperiencesResponse
    from ..models.app_clip_response import AppClipResponse

__all__ = ["AppClips", "AsyncAppClips"]


class AppClips(SyncResource):
    """`asc.app_clips`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipResponse:
        """One request.

        ``GET /v1/appClips/{id}`` (appClips_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_
        """
        return self._call("app_clips.app_clips_get_instance", locals())

    def list_app_clip_advanced_experiences(
        self,
        id: str,
        /,
        *,
        filter_status: str | Sequence[str] | None = None,
        filter_place_status: str | Sequence[str] | None = None,
        filter_action: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipAdvancedExperience]:
        """Every AppClipAdvancedExperience across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_related", locals()
        )

    def list_app_clip_advanced_experiences_page(
        self,
        id: str,
        /,
        *,
        filter_status: str | Sequence[str] | None = None,
        filter_place_status: str | Sequence[str] | None = None,
        filter_action: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperiencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        return self._call("app_clips.app_clips_app_clip_advanced_experiences_get_to_many_related", locals())

    def list_app_clip_advanced_experiences_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipAppClipAdvancedExperiencesLinkagesResponseDataItem]:
        """Every AppClipAppClipAdvancedExperiencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_relationship", locals()
        )

    def list_app_clip_advanced_experiences_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppClipAdvancedExperiencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        return self._call(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_relationship", locals()
        )

    def list_app_clip_default_experiences(
        self,
        id: str,
        /,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipDefaultExperience]:
        """Every AppClipDefaultExperience across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_related", locals()
        )

    def list_app_clip_default_experiences_page(
        self,
        id: str,
        /,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperiencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        return self._call("app_clips.app_clips_app_clip_default_experiences_get_to_many_related", locals())

    def list_app_clip_default_experiences_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipAppClipDefaultExperiencesLinkagesResponseDataItem]:
        """Every AppClipAppClipDefaultExperiencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/relationships/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_relationship", locals()
        )

    def list_app_clip_default_experiences_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppClipDefaultExperiencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/relationships/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        return self._call(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_relationship", locals()
        )


class AsyncAppClips(AsyncResource):
    """`asc.app_clips` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipResponse:
        """One request.

        ``GET /v1/appClips/{id}`` (appClips_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_
        """
        return await self._call("app_clips.app_clips_get_instance", locals())

    def list_app_clip_advanced_experiences(
        self,
        id: str,
        /,
        *,
        filter_status: str | Sequence[str] | None = None,
        filter_place_status: str | Sequence[str] | None = None,
        filter_action: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClipAdvancedExperience]:
        """Every AppClipAdvancedExperience across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_related", locals()
        )

    async def list_app_clip_advanced_experiences_page(
        self,
        id: str,
        /,
        *,
        filter_status: str | Sequence[str] | None = None,
        filter_place_status: str | Sequence[str] | None = None,
        filter_action: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperiencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences
        """
        return await self._call(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_related", locals()
        )

    def list_app_clip_advanced_experiences_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClipAppClipAdvancedExperiencesLinkagesResponseDataItem]:
        """Every AppClipAppClipAdvancedExperiencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_relationship", locals()
        )

    async def list_app_clip_advanced_experiences_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppClipAdvancedExperiencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/relationships/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipadvancedexperiences
        """
        return await self._call(
            "app_clips.app_clips_app_clip_advanced_experiences_get_to_many_relationship", locals()
        )

    def list_app_clip_default_experiences(
        self,
        id: str,
        /,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClipDefaultExperience]:
        """Every AppClipDefaultExperience across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_related", locals()
        )

    async def list_app_clip_default_experiences_page(
        self,
        id: str,
        /,
        *,
        exists_release_with_app_store_version: bool | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperiencesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences
        """
        return await self._call(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_related", locals()
        )

    def list_app_clip_default_experiences_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClipAppClipDefaultExperiencesLinkagesResponseDataItem]:
        """Every AppClipAppClipDefaultExperiencesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClips/{id}/relationships/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        return self._paginate(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_relationship", locals()
        )

    async def list_app_clip_default_experiences_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppClipDefaultExperiencesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClips/{id}/relationships/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-relationships-appclipdefaultexperiences
        """
        return await self._call(
            "app_clips.app_clips_app_clip_default_experiences_get_to_many_relationship", locals()
        )
