"""`asc.game_center_leaderboard_sets_v2`: the operations on game_center_leaderboard_sets_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_set_v2_create_request import GameCenterLeaderboardSetV2CreateRequest
    from ..models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response import (
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_v2_game_center_leaderboards_linkages_response_data_item import (
        GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_v2_response import GameCenterLeaderboardSetV2Response
    from ..models.game_center_leaderboard_set_v2_update_request import GameCenterLeaderboardSetV2UpdateRequest
    from ..models.game_center_leaderboard_set_v2_versions_linkages_response import (
        GameCenterLeaderboardSetV2VersionsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_set_v2_versions_linkages_response_data_item import (
        GameCenterLeaderboardSetV2VersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_set_version_v2 import GameCenterLeaderboardSetVersionV2
    from ..models.game_center_leaderboard_set_versions_v2_response import (
        GameCenterLeaderboardSetVersionsV2Response,
    )
    from ..models.game_center_leaderboard_v2 import GameCenterLeaderboardV2
    from ..models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response

__all__ = ["AsyncGameCenterLeaderboardSetsV2", "GameCenterLeaderboardSetsV2"]

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
        "versions": ("versions", "gameCenterLeaderboardSetVersions", True, True),
    },
)
_UPDATE_BODY = Body("gameCenterLeaderboardSets", {"reference_name": ("referenceName", "string", False)}, {})


class GameCenterLeaderboardSetsV2(SyncResource):
    """`asc.game_center_leaderboard_sets_v2`."""

    def add_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def create(
        self,
        /,
        body: GameCenterLeaderboardSetV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboards: str | Sequence[str] | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSets`` (gameCenterLeaderboardSetsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets
        """
        return self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_get_instance", locals()
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
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardV2]:
        """Every GameCenterLeaderboardV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related",
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
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related",
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
    ) -> Paginator[GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetVersionV2]:
        """Every GameCenterLeaderboardSetVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_related",
            locals(),
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_related",
            locals(),
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardSetV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_relationship",
            locals(),
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        return self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_relationship",
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

        ``DELETE /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_delete_to_many_relationship",
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

        ``PATCH /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_
        """
        return self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterLeaderboardSetsV2(AsyncResource):
    """`asc.game_center_leaderboard_sets_v2` (async)."""

    async def add_game_center_leaderboards(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``POST /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_createToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_create_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def create(
        self,
        /,
        body: GameCenterLeaderboardSetV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboards: str | Sequence[str] | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboardSets`` (gameCenterLeaderboardSetsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboardsets
        """
        return await self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_create_instance",
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

        ``DELETE /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_get_instance", locals()
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
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardV2]:
        """Every GameCenterLeaderboardV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related",
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
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related",
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
    ) -> AsyncPaginator[GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    async def list_game_center_leaderboards_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2GameCenterLeaderboardsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_relationship",
            locals(),
        )

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetVersionV2]:
        """Every GameCenterLeaderboardSetVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_related",
            locals(),
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_set_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-versions
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_related",
            locals(),
        )

    def list_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardSetV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardSetV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_relationship",
            locals(),
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboardSets/{id}/relationships/versions`` (gameCenterLeaderboardSetsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-relationships-versions
        """
        return await self._call(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_versions_get_to_many_relationship",
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

        ``DELETE /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_delete_to_many_relationship",
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

        ``PATCH /v2/gameCenterLeaderboardSets/{id}/relationships/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_-relationships-gamecenterleaderboards
        """
        return await self._link_many(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_game_center_leaderboards_replace_to_many_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardSetV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardSetV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSetsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboardsets-_id_
        """
        return await self._write(
            "game_center_leaderboard_sets.game_center_leaderboard_sets_v2_update_instance",
            locals(),
            _UPDATE_BODY,
        )
