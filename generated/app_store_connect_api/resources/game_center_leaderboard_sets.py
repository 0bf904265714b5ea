"""`asc.game_center_leaderboard_sets`: the operations on game_center_leaderboard_sets (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard import GameCenterLeaderboard
    from ..models.game_center_leaderboard_set_create_request import GameCenterLeaderboardSetCreateRequest
    from ..models.game_center_leaderboard_set_game_center_leaderboards_linkages_response import (
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_game_center_leaderboards_linkages_response_data_item import (
        GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_group_leaderboard_set_linkage_response import (
        GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse,
    )
    from ..models.game_center_leaderboard_set_localization import GameCenterLeaderboardSetLocalization
    from ..models.game_center_leaderboard_set_localizations_linkages_response import (
        GameCenterLeaderboardSetLocalizationsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_localizations_linkages_response_data_item import (
        GameCenterLeaderboardSetLocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_localizations_response import (
        GameCenterLeaderboardSetLocalizationsResponse,
    )
    from ..models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease
    from ..models.game_center_leaderboard_set_releases_linkages_response import (
        GameCenterLeaderboardSetReleasesLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_releases_linkages_response_data_item import (
        GameCenterLeaderboardSetReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_releases_response import (
        GameCenterLeaderboardSetReleasesResponse,
    )
    from ..models.game_center_leaderboard_set_response import GameCenterLeaderboardSetResponse
    from ..models.game_center_leaderboard_set_update_request import GameCenterLeaderboardSetUpdateRequest
    from ..models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

__all__ = ["AsyncGameCenterLeaderboardSets", "GameCenterLeaderboardSets"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardSets",
    {
        "reference_name": ("referenceName", "string", True),
        "vendor_identifier": ("vendorIdentifier", "string", True),
    },
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, False),
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "game_center_leaderboards": ("gameCenterLeaderboards", "gameCenterLeaderboards", True, False),
    },
)
_UPDATE_BODY = Body("gameCenterLeaderboardSets", {"reference_name": ("referenceName", "string", False)}, {})


class GameCenterLeaderboardSets(SyncResource):
    """`asc.game_center_leaderboard_sets`."""

    def add_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboards: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSets`` (gameCenterLeaderboardSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets
        """
        return self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_delete_instance", locals()
        )

    def get(
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
        limit_game_center_leaderboards: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_
        """
        return self._call("game_center_leaderboard_sets.game_center_leaderboard_sets_get_instance", locals())

    def get_group_leaderboard_set(
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

        ``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related",
            locals(),
        )

    def get_group_leaderboard_set_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_relationship",
            locals(),
        )

    def list_game_center_leaderboards(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboard]:
        """Every GameCenterLeaderboard across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetLocalization]:
        """Every GameCenterLeaderboardSetLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_related",
            locals(),
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_related",
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
    ) -> Paginator[GameCenterLeaderboardSetLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetRelease]:
        """Every GameCenterLeaderboardSetRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/releases`` (gameCenterLeaderboardSets_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_related", locals()
        )

    def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/releases`` (gameCenterLeaderboardSets_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_related", locals()
        )

    def list_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetReleasesLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases`` (gameCenterLeaderboardSets_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_relationship",
            locals(),
        )

    def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases`` (gameCenterLeaderboardSets_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_relationship",
            locals(),
        )

    def remove_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def replace_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def set_group_leaderboard_set(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        return self._link_one(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_
        """
        return self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSets(AsyncResource):
    """`asc.game_center_leaderboard_sets` (async)."""

    async def add_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboards: str | Sequence[str] | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardSets`` (gameCenterLeaderboardSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardsets
        """
        return await self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_create_instance",
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

        ``DELETE /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_delete_instance", locals()
        )

    async def get(
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
        limit_game_center_leaderboards: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_get_instance", locals()
        )

    async def get_group_leaderboard_set(
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

        ``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related",
            locals(),
        )

    async def get_group_leaderboard_set_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetGroupLeaderboardSetLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_relationship",
            locals(),
        )

    def list_game_center_leaderboards(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboard]:
        """Every GameCenterLeaderboard across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_related",
            locals(),
        )

    async def list_game_center_leaderboards_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_archived: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_related",
            locals(),
        )

    def list_game_center_leaderboards_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetGameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetLocalization]:
        """Every GameCenterLeaderboardSetLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_related",
            locals(),
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-localizations
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_related",
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
    ) -> AsyncPaginator[GameCenterLeaderboardSetLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/localizations`` (gameCenterLeaderboardSets_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetRelease]:
        """Every GameCenterLeaderboardSetRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/releases`` (gameCenterLeaderboardSets_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_related", locals()
        )

    async def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/releases`` (gameCenterLeaderboardSets_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-releases
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_related", locals()
        )

    def list_releases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetReleasesLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases`` (gameCenterLeaderboardSets_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_relationship",
            locals(),
        )

    async def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboardSets/{id}/relationships/releases`` (gameCenterLeaderboardSets_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-relationships-releases
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_releases_get_to_many_relationship",
            locals(),
        )

    async def remove_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_delete_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def replace_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSets_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def set_group_leaderboard_set(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterLeaderboardSets/{id}/relationships/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_-relationships-groupleaderboardset
        """
        return await self._link_one(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_group_leaderboard_set_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboardSets",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboardsets-_id_
        """
        return await self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_update_instance",
            locals(),
            _UPDATE_BODY,
        )
