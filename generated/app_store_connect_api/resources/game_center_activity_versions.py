"""`asc.game_center_activity_versions`: the operations on game_center_activity_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_activity_image_response import GameCenterActivityImageResponse
    from ..models.game_center_activity_localization import GameCenterActivityLocalization
    from ..models.game_center_activity_localizations_response import GameCenterActivityLocalizationsResponse
    from ..models.game_center_activity_version_create_request import GameCenterActivityVersionCreateRequest
    from ..models.game_center_activity_version_default_image_linkage_response import (
        GameCenterActivityVersionDefaultImageLinkageResponse,
    )
    from ..models.game_center_activity_version_localizations_linkages_response import (
        GameCenterActivityVersionLocalizationsLinkagesResponse,
    )
    from ..models.game_center_activity_version_localizations_linkages_response_data_item import (
        GameCenterActivityVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_activity_version_response import GameCenterActivityVersionResponse
    from ..models.game_center_activity_version_update_request import GameCenterActivityVersionUpdateRequest

__all__ = ["AsyncGameCenterActivityVersions", "GameCenterActivityVersions"]

_CREATE_BODY = Body(
    "gameCenterActivityVersions",
    {"fallback_url": ("fallbackUrl", "string", False)},
    {"activity": ("activity", "gameCenterActivities", False, True)},
)
_UPDATE_BODY = Body("gameCenterActivityVersions", {"fallback_url": ("fallbackUrl", "string", False)}, {})


class GameCenterActivityVersions(SyncResource):
    """`asc.game_center_activity_versions`."""

    def create(
        self,
        /,
        body: GameCenterActivityVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        fallback_url: str | None | Unset = UNSET,
        activity: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityVersions`` (gameCenterActivityVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversions
        """
        return self._write(
            "game_center_activity_versions.game_center_activity_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_
        """
        return self._call(
            "game_center_activity_versions.game_center_activity_versions_get_instance", locals()
        )

    def get_default_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}/defaultImage`` (gameCenterActivityVersions_defaultImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-defaultimage
        """
        return self._call(
            "game_center_activity_versions.game_center_activity_versions_default_image_get_to_one_related",
            locals(),
        )

    def get_default_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionDefaultImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/defaultImage`` (gameCenterActivityVersions_defaultImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-defaultimage
        """
        return self._call(
            "game_center_activity_versions.game_center_activity_versions_default_image_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivityLocalization]:
        """Every GameCenterActivityLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        return self._paginate(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        return self._call(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterActivityVersionLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterActivityVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/localizations`` (gameCenterActivityVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/localizations`` (gameCenterActivityVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        return self._call(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterActivityVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        fallback_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityversions-_id_
        """
        return self._write(
            "game_center_activity_versions.game_center_activity_versions_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterActivityVersions(AsyncResource):
    """`asc.game_center_activity_versions` (async)."""

    async def create(
        self,
        /,
        body: GameCenterActivityVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        fallback_url: str | None | Unset = UNSET,
        activity: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterActivityVersions`` (gameCenterActivityVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenteractivityversions
        """
        return await self._write(
            "game_center_activity_versions.game_center_activity_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_
        """
        return await self._call(
            "game_center_activity_versions.game_center_activity_versions_get_instance", locals()
        )

    async def get_default_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityImageResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}/defaultImage`` (gameCenterActivityVersions_defaultImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-defaultimage
        """
        return await self._call(
            "game_center_activity_versions.game_center_activity_versions_default_image_get_to_one_related",
            locals(),
        )

    async def get_default_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionDefaultImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/defaultImage`` (gameCenterActivityVersions_defaultImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-defaultimage
        """
        return await self._call(
            "game_center_activity_versions.game_center_activity_versions_default_image_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivityLocalization]:
        """Every GameCenterActivityLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        return self._paginate(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_activity_localizations: str | Sequence[str] | None = None,
        fields_game_center_activity_versions: str | Sequence[str] | None = None,
        fields_game_center_activity_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations
        """
        return await self._call(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterActivityVersionLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterActivityVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/localizations`` (gameCenterActivityVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterActivityVersions/{id}/relationships/localizations`` (gameCenterActivityVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_activity_versions.game_center_activity_versions_localizations_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterActivityVersionUpdateRequest | Mapping[str, Any] | None = None,
        *,
        fallback_url: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterActivityVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterActivityVersions/{id}`` (gameCenterActivityVersions_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenteractivityversions-_id_
        """
        return await self._write(
            "game_center_activity_versions.game_center_activity_versions_update_instance",
            locals(),
            _UPDATE_BODY,
        )
