"""`asc.app_clip_advanced_experiences`: the operations on app_clip_advanced_experiences (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_clip_advanced_experience_create_request import AppClipAdvancedExperienceCreateRequest
    from ..models.app_clip_advanced_experience_response import AppClipAdvancedExperienceResponse
    from ..models.app_clip_advanced_experience_update_request import AppClipAdvancedExperienceUpdateRequest

__all__ = ["AppClipAdvancedExperiences", "AsyncAppClipAdvancedExperiences"]

_CREATE_BODY = Body(
    "appClipAdvancedExperiences",
    {
        "link": ("link", "string", True),
        "action": ("action", "string", False),
        "is_powered_by": ("isPoweredBy", "boolean", True),
        "place": ("place", "object", False),
        "business_category": ("businessCategory", "string", False),
        "default_language": ("defaultLanguage", "string", True),
    },
    {
        "app_clip": ("appClip", "appClips", False, True),
        "header_image": ("headerImage", "appClipAdvancedExperienceImages", False, True),
        "localizations": ("localizations", "appClipAdvancedExperienceLocalizations", True, True),
    },
)
_UPDATE_BODY = Body(
    "appClipAdvancedExperiences",
    {
        "action": ("action", "string", False),
        "is_powered_by": ("isPoweredBy", "boolean", False),
        "place": ("place", "object", False),
        "business_category": ("businessCategory", "string", False),
        "default_language": ("defaultLanguage", "string", False),
        "removed": ("removed", "boolean", False),
    },
    {
        "app_clip": ("appClip", "appClips", False, False),
        "header_image": ("headerImage", "appClipAdvancedExperienceImages", False, False),
        "localizations": ("localizations", "appClipAdvancedExperienceLocalizations", True, False),
    },
)


class AppClipAdvancedExperiences(SyncResource):
    """`asc.app_clip_advanced_experiences`."""

    def create(
        self,
        /,
        body: AppClipAdvancedExperienceCreateRequest | Mapping[str, Any] | None = None,
        *,
        link: str | Unset = UNSET,
        action: str | None | Unset = UNSET,
        is_powered_by: bool | Unset = UNSET,
        place: Mapping[str, Any] | None | Unset = UNSET,
        business_category: str | None | Unset = UNSET,
        default_language: str | Unset = UNSET,
        app_clip: str | Unset = UNSET,
        header_image: str | Unset = UNSET,
        localizations: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAdvancedExperiences`` (appClipAdvancedExperiences_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperiences
        """
        return self._write(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """One request.

        ``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_
        """
        return self._call(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_get_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: AppClipAdvancedExperienceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        is_powered_by: bool | None | Unset = UNSET,
        place: Mapping[str, Any] | None | Unset = UNSET,
        business_category: str | None | Unset = UNSET,
        default_language: str | None | Unset = UNSET,
        removed: bool | None | Unset = UNSET,
        app_clip: str | None | Unset = UNSET,
        header_image: str | None | Unset = UNSET,
        localizations: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperiences-_id_
        """
        return self._write(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppClipAdvancedExperiences(AsyncResource):
    """`asc.app_clip_advanced_experiences` (async)."""

    async def create(
        self,
        /,
        body: AppClipAdvancedExperienceCreateRequest | Mapping[str, Any] | None = None,
        *,
        link: str | Unset = UNSET,
        action: str | None | Unset = UNSET,
        is_powered_by: bool | Unset = UNSET,
        place: Mapping[str, Any] | None | Unset = UNSET,
        business_category: str | None | Unset = UNSET,
        default_language: str | Unset = UNSET,
        app_clip: str | Unset = UNSET,
        header_image: str | Unset = UNSET,
        localizations: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipAdvancedExperiences`` (appClipAdvancedExperiences_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipadvancedexperiences
        """
        return await self._write(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_advanced_experiences: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_images: str | Sequence[str] | None = None,
        fields_app_clip_advanced_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """One request.

        ``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_
        """
        return await self._call(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_get_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: AppClipAdvancedExperienceUpdateRequest | Mapping[str, Any] | None = None,
        *,
        action: str | None | Unset = UNSET,
        is_powered_by: bool | None | Unset = UNSET,
        place: Mapping[str, Any] | None | Unset = UNSET,
        business_category: str | None | Unset = UNSET,
        default_language: str | None | Unset = UNSET,
        removed: bool | None | Unset = UNSET,
        app_clip: str | None | Unset = UNSET,
        header_image: str | None | Unset = UNSET,
        localizations: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipAdvancedExperienceResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipadvancedexperiences-_id_
        """
        return await self._write(
            "app_clip_advanced_experiences.app_clip_advanced_experiences_update_instance",
            locals(),
            _UPDATE_BODY,
        )
