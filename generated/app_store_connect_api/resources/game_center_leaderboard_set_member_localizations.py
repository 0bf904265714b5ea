"""`asc.game_center_leaderboard_set_member_localizations`: the operations on game_center_leaderboard_set_member_localizations (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_response import GameCenterLeaderboardResponse
    from ..models.game_center_leaderboard_set_member_localization import (
        GameCenterLeaderboardSetMemberLocalization,
    )
    from ..models.game_center_leaderboard_set_member_localization_create_request import (
        GameCenterLeaderboardSetMemberLocalizationCreateRequest,
    )
    from ..models.game_center_leaderboard_set_member_localization_game_center_leaderboard_linkage_response import (
        GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse,
    )
    from ..models.game_center_leaderboard_set_member_localization_game_center_leaderboard_set_linkage_response import (
        GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse,
    )
    from ..models.game_center_leaderboard_set_member_localization_response import (
        GameCenterLeaderboardSetMemberLocalizationResponse,
    )
    from ..models.game_center_leaderboard_set_member_localization_update_request import (
        GameCenterLeaderboardSetMemberLocalizationUpdateRequest,
    )
    from ..models.game_center_leaderboard_set_member_localizations_response import (
        GameCenterLeaderboardSetMemberLocalizationsResponse,
    )
    from ..models.game_center_leaderboard_set_response import GameCenterLeaderboardSetResponse

__all__ = ["AsyncGameCenterLeaderboardSetMemberLocalizations", "GameCenterLeaderboardSetMemberLocalizations"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSetMemberLocalizations",
    {"name": ("name", "string", False), "locale": ("locale", "string", False)},
    {
        "game_center_leaderboard_set": ("gameCenterLeaderboardSet", "gameCenterLeaderboardSets", False, True),
        "game_center_leaderboard": ("gameCenterLeaderboard", "gameCenterLeaderboards", False, True),
    },
)
_UPDATE_BODY = Body("gameCenterLeaderboardSetMemberLocalizations", {"name": ("name", "string", False)}, {})


class GameCenterLeaderboardSetMemberLocalizations(SyncResource):
    """`asc.game_center_leaderboard_set_member_localizations`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetMemberLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return self._write(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`` (gameCenterLeaderboardSetMemberLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_delete_instance",
            locals(),
        )

    def get_game_center_leaderboard(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboard
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_get_to_one_related",
            locals(),
        )

    def get_game_center_leaderboard_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboard
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_get_to_one_relationship",
            locals(),
        )

    def get_game_center_leaderboard_set(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboardset
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_set_get_to_one_related",
            locals(),
        )

    def get_game_center_leaderboard_set_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboardset
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_set_get_to_one_relationship",
            locals(),
        )

    def list(
        self,
        *,
        filter_game_center_leaderboard_set: str | Sequence[str],
        filter_game_center_leaderboard: str | Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetMemberLocalization]:
        """Every GameCenterLeaderboardSetMemberLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return self._paginate(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_get_collection",
            locals(),
        )

    def list_page(
        self,
        *,
        filter_game_center_leaderboard_set: str | Sequence[str],
        filter_game_center_leaderboard: str | Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_get_collection",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetMemberLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`` (gameCenterLeaderboardSetMemberLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return self._write(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSetMemberLocalizations(AsyncResource):
    """`asc.game_center_leaderboard_set_member_localizations` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetMemberLocalizationCreateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        locale: str | None | Unset = UNSET,
        game_center_leaderboard_set: str | Unset = UNSET,
        game_center_leaderboard: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return await self._write(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`` (gameCenterLeaderboardSetMemberLocalizations_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_delete_instance",
            locals(),
        )

    async def get_game_center_leaderboard(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboard`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboard
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_get_to_one_related",
            locals(),
        )

    async def get_game_center_leaderboard_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboard`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboard_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboard
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_get_to_one_relationship",
            locals(),
        )

    async def get_game_center_leaderboard_set(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/gameCenterLeaderboardSet`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-gamecenterleaderboardset
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_set_get_to_one_related",
            locals(),
        )

    async def get_game_center_leaderboard_set_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationGameCenterLeaderboardSetLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations/{id}/relationships/gameCenterLeaderboardSet`` (gameCenterLeaderboardSetMemberLocalizations_gameCenterLeaderboardSet_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations-_id_-relationships-gamecenterleaderboardset
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_game_center_leaderboard_set_get_to_one_relationship",
            locals(),
        )

    def list(
        self,
        *,
        filter_game_center_leaderboard_set: str | Sequence[str],
        filter_game_center_leaderboard: str | Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetMemberLocalization]:
        """Every GameCenterLeaderboardSetMemberLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return self._paginate(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_get_collection",
            locals(),
        )

    async def list_page(
        self,
        *,
        filter_game_center_leaderboard_set: str | Sequence[str],
        filter_game_center_leaderboard: str | Sequence[str],
        fields_game_center_leaderboard_set_member_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations
        """
        return await self._call(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_get_collection",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetMemberLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        *,
        name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetMemberLocalizationResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSetMemberLocalizations/{id}`` (gameCenterLeaderboardSetMemberLocalizations_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsetmemberlocalizations-_id_
        """
        return await self._write(
            "game_center_leaderboard_set_member_localizations.game_center_leaderboard_set_member_localizations_update_instance",
            locals(),
            _UPDATE_BODY,
        )
