"""`asc.app_event_localizations`: the operations on app_event_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.app_event_localization_app_event_screenshots_linkages_response import (
        AppEventLocalizationAppEventScreenshotsLinkagesResponse,
    )
    from ..models.app_event_localization_app_event_screenshots_linkages_response_data_item import (
        AppEventLocalizationAppEventScreenshotsLinkagesResponseDataItem,
    )
    from ..models.app_event_localization_app_event_video_clips_linkages_response import (
        AppEventLocalizationAppEventVideoClipsLinkagesResponse,
    )
    from ..models.app_event_localization_app_event_video_clips_linkages_response_data_item import (
        AppEventLocalizationAppEventVideoClipsLinkagesResponseDataItem,
    )
    from ..models.app_event_localization_create_request import AppEventLocalizationCreateRequest
    from ..models.app_event_localization_response import AppEventLocalizationResponse
    from ..models.app_event_localization_update_request import AppEventLocalizationUpdateRequest
    from ..models.app_event_screenshot import AppEventScreenshot
    from ..models.app_event_screenshots_response import AppEventScreenshotsResponse
    from ..models.app_event_video_clip import AppEventVideoClip
    from ..models.app_event_video_clips_response import AppEventVideoClipsResponse

__all__ = ["AppEventLocalizations", "AsyncAppEventLocalizations"]

_CREATE_BODY = Body(
    "appEventLocalizations",
    {
        "locale": ("locale", "string", True),
        "name": ("name", "string", False),
        "short_description": ("shortDescription", "string", False),
        "long_description": ("longDescription", "string", False),
    },
    {"app_event": ("appEvent", "appEvents", False, True)},
)
_UPDATE_BODY = Body(
    "appEventLocalizations",
    {
        "name": ("name", "string", False),
        "short_description": ("shortDescription", "string", False),
        "long_description": ("longDescription", "string", False),
    },
    {},
)


class AppEventLocalizations(SyncResource):
    """`asc.app_event_localizations`."""

    def create(
        self,
        /,
        body: AppEventLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | None | Unset = UNSET,
        short_description: str | None | Unset = UNSET,
        long_description: str | None | Unset = UNSET,
        app_event: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventLocalizations`` (appEventLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventlocalizations
        """
        return self._write(
            "app_event_localizations.app_event_localizations_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventLocalizations/{id}`` (appEventLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventlocalizations-_id_
        """
        return self._call("app_event_localizations.app_event_localizations_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """One request.

        ``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_
        """
        return self._call("app_event_localizations.app_event_localizations_get_instance", locals())

    def list_app_event_screenshots(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventScreenshot]:
        """Every AppEventScreenshot across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_related",
            locals(),
        )

    def list_app_event_screenshots_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventScreenshotsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        return self._call(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_related",
            locals(),
        )

    def list_app_event_screenshots_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventLocalizationAppEventScreenshotsLinkagesResponseDataItem]:
        """Every AppEventLocalizationAppEventScreenshotsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_relationship",
            locals(),
        )

    def list_app_event_screenshots_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationAppEventScreenshotsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        return self._call(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_relationship",
            locals(),
        )

    def list_app_event_video_clips(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventVideoClip]:
        """Every AppEventVideoClip across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_related",
            locals(),
        )

    def list_app_event_video_clips_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventVideoClipsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        return self._call(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_related",
            locals(),
        )

    def list_app_event_video_clips_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEventLocalizationAppEventVideoClipsLinkagesResponseDataItem]:
        """Every AppEventLocalizationAppEventVideoClipsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_relationship",
            locals(),
        )

    def list_app_event_video_clips_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationAppEventVideoClipsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        return self._call(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: AppEventLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        short_description: str | None | Unset = UNSET,
        long_description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventLocalizations/{id}`` (appEventLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventlocalizations-_id_
        """
        return self._write(
            "app_event_localizations.app_event_localizations_update_instance", locals(), _UPDATE_BODY
        )


class AsyncAppEventLocalizations(AsyncResource):
    """`asc.app_event_localizations` (async)."""

    async def create(
        self,
        /,
        body: AppEventLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        locale: str | Unset = UNSET,
        name: str | None | Unset = UNSET,
        short_description: str | None | Unset = UNSET,
        long_description: str | None | Unset = UNSET,
        app_event: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/appEventLocalizations`` (appEventLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appeventlocalizations
        """
        return await self._write(
            "app_event_localizations.app_event_localizations_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/appEventLocalizations/{id}`` (appEventLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appeventlocalizations-_id_
        """
        return await self._call("app_event_localizations.app_event_localizations_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_event_screenshots: int | None = None,
        limit_app_event_video_clips: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """One request.

        ``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_
        """
        return await self._call("app_event_localizations.app_event_localizations_get_instance", locals())

    def list_app_event_screenshots(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventScreenshot]:
        """Every AppEventScreenshot across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_related",
            locals(),
        )

    async def list_app_event_screenshots_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_screenshots: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventScreenshotsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventscreenshots
        """
        return await self._call(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_related",
            locals(),
        )

    def list_app_event_screenshots_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventLocalizationAppEventScreenshotsLinkagesResponseDataItem]:
        """Every AppEventLocalizationAppEventScreenshotsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_relationship",
            locals(),
        )

    async def list_app_event_screenshots_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationAppEventScreenshotsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventScreenshots`` (appEventLocalizations_appEventScreenshots_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventscreenshots
        """
        return await self._call(
            "app_event_localizations.app_event_localizations_app_event_screenshots_get_to_many_relationship",
            locals(),
        )

    def list_app_event_video_clips(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventVideoClip]:
        """Every AppEventVideoClip across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_related",
            locals(),
        )

    async def list_app_event_video_clips_page(
        self,
        id: str,
        /,
        *,
        fields_app_event_video_clips: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppEventVideoClipsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips
        """
        return await self._call(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_related",
            locals(),
        )

    def list_app_event_video_clips_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEventLocalizationAppEventVideoClipsLinkagesResponseDataItem]:
        """Every AppEventLocalizationAppEventVideoClipsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        return self._paginate(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_relationship",
            locals(),
        )

    async def list_app_event_video_clips_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventLocalizationAppEventVideoClipsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/appEventLocalizations/{id}/relationships/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-relationships-appeventvideoclips
        """
        return await self._call(
            "app_event_localizations.app_event_localizations_app_event_video_clips_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: AppEventLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        short_description: str | None | Unset = UNSET,
        long_description: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppEventLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/appEventLocalizations/{id}`` (appEventLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appeventlocalizations-_id_
        """
        return await self._write(
            "app_event_localizations.app_event_localizations_update_instance", locals(), _UPDATE_BODY
        )
