"""`asc.app_clip_default_experiences`: the operations on app_clip_default_experiences (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_clip_app_store_review_detail_response import AppClipAppStoreReviewDetailResponse
    from ..models.app_clip_default_experience_app_clip_app_store_review_detail_linkage_response import (
        AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse,
    )
    from ..models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response import (
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse,
    )
    from ..models.app_clip_default_experience_app_clip_default_experience_localizations_linkages_response_data_item import (
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_clip_default_experience_create_request import AppClipDefaultExperienceCreateRequest
    from ..models.app_clip_default_experience_localization import AppClipDefaultExperienceLocalization
    from ..models.app_clip_default_experience_localizations_response import (
        AppClipDefaultExperienceLocalizationsResponse,
    )
    from ..models.app_clip_default_experience_release_with_app_store_version_linkage_response import (
        AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse,
    )
    from ..models.app_clip_default_experience_response import AppClipDefaultExperienceResponse
    from ..models.app_clip_default_experience_update_request import AppClipDefaultExperienceUpdateRequest
    from ..models.app_store_version_response import AppStoreVersionResponse

__all__ = ["AppClipDefaultExperiences", "AsyncAppClipDefaultExperiences"]

_CREATE_BODY = Body(
    "appClipDefaultExperiences",
    {"action": ("action", "string", False)},
    {
        "app_clip": ("appClip", "appClips", False, True),
        "release_with_app_store_version": ("releaseWithAppStoreVersion", "appStoreVersions", False, False),
        "app_clip_default_experience_template": (
            "appClipDefaultExperienceTemplate",
            "appClipDefaultExperiences",
            False,
            False,
        ),
    },
)
_UPDATE_BODY = Body(
    "appClipDefaultExperiences",
    {"action": ("action", "string", False)},
    {"release_with_app_store_version": ("releaseWithAppStoreVersion", "appStoreVersions", False, False)},
)


class AppClipDefaultExperiences(SyncResource):
    """`asc.app_clip_default_experiences`."""

    def create(
        self,
        /,
        body: AppClipDefaultExperienceCreateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        app_clip: str | Unset = UNSET,
        release_with_app_store_version: str | None | Unset = UNSET,
        app_clip_default_experience_template: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipDefaultExperiences`` (appClipDefaultExperiences_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiences
        """
        return self._write(
            "app_clip_default_experiences.app_clip_default_experiences_create_instance",
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

        ``DELETE /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiences-_id_
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_
        """
        return self._call("app_clip_default_experiences.app_clip_default_experiences_get_instance", locals())

    def get_app_clip_app_store_review_detail(
        self,
        id: str,
        /,
        *,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail`` (appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipappstorereviewdetail
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_app_store_review_detail_get_to_one_related",
            locals(),
        )

    def get_app_clip_app_store_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail`` (appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipappstorereviewdetail
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_app_store_review_detail_get_to_one_relationship",
            locals(),
        )

    def get_release_with_app_store_version(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-releasewithappstoreversion
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_get_to_one_related",
            locals(),
        )

    def get_release_with_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_get_to_one_relationship",
            locals(),
        )

    def list_app_clip_default_experience_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipDefaultExperienceLocalization]:
        """Every AppClipDefaultExperienceLocalization across pages, with the pagination guards.

        ``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        return self._paginate(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related",
            locals(),
        )

    def list_app_clip_default_experience_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related",
            locals(),
        )

    def list_app_clip_default_experience_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseDataItem]:
        """Every AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        return self._paginate(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_relationship",
            locals(),
        )

    def list_app_clip_default_experience_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        return self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_relationship",
            locals(),
        )

    def set_release_with_app_store_version(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        return self._link_one(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_update_to_one_relationship",
            locals(),
            "appStoreVersions",
        )

    def update(
        self,
        id: str,
        /,
        body: AppClipDefaultExperienceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        release_with_app_store_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_
        """
        return self._write(
            "app_clip_default_experiences.app_clip_default_experiences_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppClipDefaultExperiences(AsyncResource):
    """`asc.app_clip_default_experiences` (async)."""

    async def create(
        self,
        /,
        body: AppClipDefaultExperienceCreateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        app_clip: str | Unset = UNSET,
        release_with_app_store_version: str | None | Unset = UNSET,
        app_clip_default_experience_template: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipDefaultExperiences`` (appClipDefaultExperiences_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiences
        """
        return await self._write(
            "app_clip_default_experiences.app_clip_default_experiences_create_instance",
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

        ``DELETE /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiences-_id_
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experience_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_get_instance", locals()
        )

    async def get_app_clip_app_store_review_detail(
        self,
        id: str,
        /,
        *,
        fields_app_clip_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipAppStoreReviewDetailResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/appClipAppStoreReviewDetail`` (appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipappstorereviewdetail
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_app_store_review_detail_get_to_one_related",
            locals(),
        )

    async def get_app_clip_app_store_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceAppClipAppStoreReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipAppStoreReviewDetail`` (appClipDefaultExperiences_appClipAppStoreReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipappstorereviewdetail
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_app_store_review_detail_get_to_one_relationship",
            locals(),
        )

    async def get_release_with_app_store_version(
        self,
        id: str,
        /,
        *,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-releasewithappstoreversion
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_get_to_one_related",
            locals(),
        )

    async def get_release_with_app_store_version_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceReleaseWithAppStoreVersionLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_get_to_one_relationship",
            locals(),
        )

    def list_app_clip_default_experience_localizations(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClipDefaultExperienceLocalization]:
        """Every AppClipDefaultExperienceLocalization across pages, with the pagination guards.

        ``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        return self._paginate(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related",
            locals(),
        )

    async def list_app_clip_default_experience_localizations_page(
        self,
        id: str,
        /,
        *,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related",
            locals(),
        )

    def list_app_clip_default_experience_localizations_ids(
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
        AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseDataItem
    ]:
        """Every AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        return self._paginate(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_app_clip_default_experience_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceAppClipDefaultExperienceLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appClipDefaultExperiences/{id}/relationships/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-relationships-appclipdefaultexperiencelocalizations
        """
        return await self._call(
            "app_clip_default_experiences.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_relationship",
            locals(),
        )

    async def set_release_with_app_store_version(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/appClipDefaultExperiences/{id}/relationships/releaseWithAppStoreVersion`` (appClipDefaultExperiences_releaseWithAppStoreVersion_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_-relationships-releasewithappstoreversion
        """
        return await self._link_one(
            "app_clip_default_experiences.app_clip_default_experiences_release_with_app_store_version_update_to_one_relationship",
            locals(),
            "appStoreVersions",
        )

    async def update(
        self,
        id: str,
        /,
        body: AppClipDefaultExperienceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        release_with_app_store_version: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiences-_id_
        """
        return await self._write(
            "app_clip_default_experiences.app_clip_default_experiences_update_instance",
            locals(),
            _UPDATE_BODY,
        )
