"""`asc.app_clip_default_experience_localizations`: the operations on app_clip_default_experience_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.app_clip_default_experience_localization_app_clip_header_image_linkage_response import (
        AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse,
    )
    from ..models.app_clip_default_experience_localization_create_request import (
        AppClipDefaultExperienceLocalizationCreateRequest,
    )
    from ..models.app_clip_default_experience_localization_response import (
        AppClipDefaultExperienceLocalizationResponse,
    )
    from ..models.app_clip_default_experience_localization_update_request import (
        AppClipDefaultExperienceLocalizationUpdateRequest,
    )
    from ..models.app_clip_header_image_response import AppClipHeaderImageResponse

__all__ = ["AppClipDefaultExperienceLocalizations", "AsyncAppClipDefaultExperienceLocalizations"]

_CREATE_BODY = Body(
    "appClipDefaultExperienceLocalizations",
    {"locale": ("locale", "string", True), "subtitle": ("subtitle", "string", False)},
    {"app_clip_default_experience": ("appClipDefaultExperience", "appClipDefaultExperiences", False, True)},
)
_UPDATE_BODY = Body("appClipDefaultExperienceLocalizations", {"subtitle": ("subtitle", "string", False)}, {})


class AppClipDefaultExperienceLocalizations(SyncResource):
    """`asc.app_clip_default_experience_localizations`."""

    def create(
        self,
        /,
        body: AppClipDefaultExperienceLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        app_clip_default_experience: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipDefaultExperienceLocalizations`` (appClipDefaultExperienceLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiencelocalizations
        """
        return self._write(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_create_instance",
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

        ``DELETE /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_delete_instance",
            locals(),
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_get_instance",
            locals(),
        )

    def get_app_clip_header_image(
        self,
        id: str,
        /,
        *,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage`` (appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-appclipheaderimage
        """
        return self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_app_clip_header_image_get_to_one_related",
            locals(),
        )

    def get_app_clip_header_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage`` (appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-relationships-appclipheaderimage
        """
        return self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_app_clip_header_image_get_to_one_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppClipDefaultExperienceLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        subtitle: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return self._write(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncAppClipDefaultExperienceLocalizations(AsyncResource):
    """`asc.app_clip_default_experience_localizations` (async)."""

    async def create(
        self,
        /,
        body: AppClipDefaultExperienceLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        subtitle: str | None | Unset = UNSET,
        app_clip_default_experience: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appClipDefaultExperienceLocalizations`` (appClipDefaultExperienceLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appclipdefaultexperiencelocalizations
        """
        return await self._write(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_create_instance",
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

        ``DELETE /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return await self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_delete_instance",
            locals(),
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return await self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_get_instance",
            locals(),
        )

    async def get_app_clip_header_image(
        self,
        id: str,
        /,
        *,
        fields_app_clip_header_images: str | Sequence[str] | None = None,
        fields_app_clip_default_experience_localizations: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppClipHeaderImageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}/appClipHeaderImage`` (appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-appclipheaderimage
        """
        return await self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_app_clip_header_image_get_to_one_related",
            locals(),
        )

    async def get_app_clip_header_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationAppClipHeaderImageLinkageResponse:
        """One request.

        ``GET /v1/appClipDefaultExperienceLocalizations/{id}/relationships/appClipHeaderImage`` (appClipDefaultExperienceLocalizations_appClipHeaderImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiencelocalizations-_id_-relationships-appclipheaderimage
        """
        return await self._call(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_app_clip_header_image_get_to_one_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppClipDefaultExperienceLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        subtitle: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppClipDefaultExperienceLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appClipDefaultExperienceLocalizations/{id}`` (appClipDefaultExperienceLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appclipdefaultexperiencelocalizations-_id_
        """
        return await self._write(
            "app_clip_default_experience_localizations.app_clip_default_experience_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
