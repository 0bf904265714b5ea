"""`asc.game_center_leaderboards_v2`: the operations on game_center_leaderboards_v2 (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_v2_create_request import GameCenterLeaderboardV2CreateRequest
    from ..models.game_center_leaderboard_v2_response import GameCenterLeaderboardV2Response
    from ..models.game_center_leaderboard_v2_update_request import GameCenterLeaderboardV2UpdateRequest
    from ..models.game_center_leaderboard_v2_versions_linkages_response import (
        GameCenterLeaderboardV2VersionsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_v2_versions_linkages_response_data_item import (
        GameCenterLeaderboardV2VersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_version_v2 import GameCenterLeaderboardVersionV2
    from ..models.game_center_leaderboard_versions_v2_response import GameCenterLeaderboardVersionsV2Response

__all__ = ["AsyncGameCenterLeaderboardsV2", "GameCenterLeaderboardsV2"]

_CREATE_BODY = Body(
    "gameCenterLeaderboards",
    {
        "default_formatter": ("defaultFormatter", "string", True),
        "reference_name": ("referenceName", "string", True),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "submission_type": ("submissionType", "string", True),
        "score_sort_type": ("scoreSortType", "string", True),
        "score_range_start": ("scoreRangeStart", "string", False),
        "score_range_end": ("scoreRangeEnd", "string", False),
        "recurrence_start_date": ("recurrenceStartDate", "string", False),
        "recurrence_duration": ("recurrenceDuration", "string", False),
        "recurrence_rule": ("recurrenceRule", "string", False),
        "activity_properties": ("activityProperties", "object", False),
        "visibility": ("visibility", "string", False),
    },
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, False),
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "game_center_leaderboard_sets": (
            "gameCenterLeaderboardSets",
            "gameCenterLeaderboardSets",
            True,
            False,
        ),
        "versions": ("versions", "gameCenterLeaderboardVersions", True, True),
    },
)
_UPDATE_BODY = Body(
    "gameCenterLeaderboards",
    {
        "default_formatter": ("defaultFormatter", "string", False),
        "reference_name": ("referenceName", "string", False),
        "submission_type": ("submissionType", "string", False),
        "score_sort_type": ("scoreSortType", "string", False),
        "score_range_start": ("scoreRangeStart", "string", False),
        "score_range_end": ("scoreRangeEnd", "string", False),
        "recurrence_start_date": ("recurrenceStartDate", "string", False),
        "recurrence_duration": ("recurrenceDuration", "string", False),
        "recurrence_rule": ("recurrenceRule", "string", False),
        "archived": ("archived", "boolean", False),
        "activity_properties": ("activityProperties", "object", False),
        "visibility": ("visibility", "string", False),
    },
    {},
)


class GameCenterLeaderboardsV2(SyncResource):
    """`asc.game_center_leaderboards_v2`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        default_formatter: str | Unset = UNSET,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        submission_type: str | Unset = UNSET,
        score_sort_type: str | Unset = UNSET,
        score_range_start: str | None | Unset = UNSET,
        score_range_end: str | None | Unset = UNSET,
        recurrence_start_date: str | date | None | Unset = UNSET,
        recurrence_duration: str | None | Unset = UNSET,
        recurrence_rule: str | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboard_sets: str | Sequence[str] | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboards`` (gameCenterLeaderboardsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboards
        """
        return self._write(
            "game_center_leaderboards.game_center_leaderboards_v2_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboards-_id_
        """
        return self._call("game_center_leaderboards.game_center_leaderboards_v2_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_
        """
        return self._call("game_center_leaderboards.game_center_leaderboards_v2_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardVersionV2]:
        """Every GameCenterLeaderboardVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboards/{id}/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_related", locals()
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboards/{id}/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterLeaderboardV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboards/{id}/relationships/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboards/{id}/relationships/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_relationship", locals()
        )

    def set_activity(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterLeaderboards/{id}/relationships/activity`` (gameCenterLeaderboardsV2_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-activity
        """
        return self._link_one(
            "game_center_leaderboards.game_center_leaderboards_v2_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    def set_challenge(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterLeaderboards/{id}/relationships/challenge`` (gameCenterLeaderboardsV2_challenge_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-challenge
        """
        return self._link_one(
            "game_center_leaderboards.game_center_leaderboards_v2_challenge_update_to_one_relationship",
            locals(),
            "gameCenterChallenges",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        default_formatter: str | None | Unset = UNSET,
        reference_name: str | None | Unset = UNSET,
        submission_type: str | None | Unset = UNSET,
        score_sort_type: str | None | Unset = UNSET,
        score_range_start: str | None | Unset = UNSET,
        score_range_end: str | None | Unset = UNSET,
        recurrence_start_date: str | date | None | Unset = UNSET,
        recurrence_duration: str | None | Unset = UNSET,
        recurrence_rule: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_
        """
        return self._write(
            "game_center_leaderboards.game_center_leaderboards_v2_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterLeaderboardsV2(AsyncResource):
    """`asc.game_center_leaderboards_v2` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardV2CreateRequest | Mapping[str, Any] | None = None,
        *,
        default_formatter: str | Unset = UNSET,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        submission_type: str | Unset = UNSET,
        score_sort_type: str | Unset = UNSET,
        score_range_start: str | None | Unset = UNSET,
        score_range_end: str | None | Unset = UNSET,
        recurrence_start_date: str | date | None | Unset = UNSET,
        recurrence_duration: str | None | Unset = UNSET,
        recurrence_rule: str | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        game_center_leaderboard_sets: str | Sequence[str] | None | Unset = UNSET,
        versions: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v2/gameCenterLeaderboards`` (gameCenterLeaderboardsV2_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v2-gamecenterleaderboards
        """
        return await self._write(
            "game_center_leaderboards.game_center_leaderboards_v2_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v2-gamecenterleaderboards-_id_
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_v2_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """One request.

        ``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_
        """
        return await self._call("game_center_leaderboards.game_center_leaderboards_v2_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardVersionV2]:
        """Every GameCenterLeaderboardVersionV2 across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboards/{id}/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_related", locals()
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardVersionsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboards/{id}/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-versions
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterLeaderboardV2VersionsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardV2VersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v2/gameCenterLeaderboards/{id}/relationships/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2VersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v2/gameCenterLeaderboards/{id}/relationships/versions`` (gameCenterLeaderboardsV2_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_-relationships-versions
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_v2_versions_get_to_many_relationship", locals()
        )

    async def set_activity(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterLeaderboards/{id}/relationships/activity`` (gameCenterLeaderboardsV2_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-activity
        """
        return await self._link_one(
            "game_center_leaderboards.game_center_leaderboards_v2_activity_update_to_one_relationship",
            locals(),
            "gameCenterActivities",
        )

    async def set_challenge(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v2/gameCenterLeaderboards/{id}/relationships/challenge`` (gameCenterLeaderboardsV2_challenge_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_-relationships-challenge
        """
        return await self._link_one(
            "game_center_leaderboards.game_center_leaderboards_v2_challenge_update_to_one_relationship",
            locals(),
            "gameCenterChallenges",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardV2UpdateRequest | Mapping[str, Any] | None = None,
        *,
        default_formatter: str | None | Unset = UNSET,
        reference_name: str | None | Unset = UNSET,
        submission_type: str | None | Unset = UNSET,
        score_sort_type: str | None | Unset = UNSET,
        score_range_start: str | None | Unset = UNSET,
        score_range_end: str | None | Unset = UNSET,
        recurrence_start_date: str | date | None | Unset = UNSET,
        recurrence_duration: str | None | Unset = UNSET,
        recurrence_rule: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        activity_properties: Mapping[str, Any] | None | Unset = UNSET,
        visibility: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardV2Response:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-gamecenterleaderboards-_id_
        """
        return await self._write(
            "game_center_leaderboards.game_center_leaderboards_v2_update_instance", locals(), _UPDATE_BODY
        )
