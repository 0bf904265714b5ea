"""`asc.game_center_challenge_versions`: the operations on game_center_challenge_versions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_challenge_image_response import GameCenterChallengeImageResponse
    from ..models.game_center_challenge_localization import GameCenterChallengeLocalization
    from ..models.game_center_challenge_localizations_response import GameCenterChallengeLocalizationsResponse
    from ..models.game_center_challenge_version_create_request import GameCenterChallengeVersionCreateRequest
    from ..models.game_center_challenge_version_default_image_linkage_response import (
        GameCenterChallengeVersionDefaultImageLinkageResponse,
    )
    from ..models.game_center_challenge_version_localizations_linkages_response import (
        GameCenterChallengeVersionLocalizationsLinkagesResponse,
    )
    from ..models.game_center_challenge_version_localizations_linkages_response_data_item import (
        GameCenterChallengeVersionLocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_challenge_version_response import GameCenterChallengeVersionResponse

__all__ = ["AsyncGameCenterChallengeVersions", "GameCenterChallengeVersions"]

_CREATE_BODY = Body(
    "gameCenterChallengeVersions", {}, {"challenge": ("challenge", "gameCenterChallenges", False, True)}
)


class GameCenterChallengeVersions(SyncResource):
    """`asc.game_center_challenge_versions`."""

    def create(
        self,
        /,
        body: GameCenterChallengeVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        challenge: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallengeVersions`` (gameCenterChallengeVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversions
        """
        return self._write(
            "game_center_challenge_versions.game_center_challenge_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}`` (gameCenterChallengeVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_
        """
        return self._call(
            "game_center_challenge_versions.game_center_challenge_versions_get_instance", locals()
        )

    def get_default_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeImageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}/defaultImage`` (gameCenterChallengeVersions_defaultImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-defaultimage
        """
        return self._call(
            "game_center_challenge_versions.game_center_challenge_versions_default_image_get_to_one_related",
            locals(),
        )

    def get_default_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionDefaultImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/defaultImage`` (gameCenterChallengeVersions_defaultImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-defaultimage
        """
        return self._call(
            "game_center_challenge_versions.game_center_challenge_versions_default_image_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterChallengeLocalization]:
        """Every GameCenterChallengeLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        return self._paginate(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        return self._call(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_related",
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
    ) -> Paginator[GameCenterChallengeVersionLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterChallengeVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        return self._call(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_relationship",
            locals(),
        )


class AsyncGameCenterChallengeVersions(AsyncResource):
    """`asc.game_center_challenge_versions` (async)."""

    async def create(
        self,
        /,
        body: GameCenterChallengeVersionCreateRequest | Mapping[str, Any] | None = None,
        *,
        challenge: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallengeVersions`` (gameCenterChallengeVersions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallengeversions
        """
        return await self._write(
            "game_center_challenge_versions.game_center_challenge_versions_create_instance",
            locals(),
            _CREATE_BODY,
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}`` (gameCenterChallengeVersions_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_
        """
        return await self._call(
            "game_center_challenge_versions.game_center_challenge_versions_get_instance", locals()
        )

    async def get_default_image(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeImageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}/defaultImage`` (gameCenterChallengeVersions_defaultImage_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-defaultimage
        """
        return await self._call(
            "game_center_challenge_versions.game_center_challenge_versions_default_image_get_to_one_related",
            locals(),
        )

    async def get_default_image_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionDefaultImageLinkageResponse:
        """One request.

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/defaultImage`` (gameCenterChallengeVersions_defaultImage_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-defaultimage
        """
        return await self._call(
            "game_center_challenge_versions.game_center_challenge_versions_default_image_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterChallengeLocalization]:
        """Every GameCenterChallengeLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        return self._paginate(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations
        """
        return await self._call(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_related",
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
    ) -> AsyncPaginator[GameCenterChallengeVersionLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterChallengeVersionLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallengeVersions/{id}/relationships/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_challenge_versions.game_center_challenge_versions_localizations_get_to_many_relationship",
            locals(),
        )
