"""`asc.game_center_leaderboards`: the operations on game_center_leaderboards (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_create_request import GameCenterLeaderboardCreateRequest
    from ..models.game_center_leaderboard_group_leaderboard_linkage_response import (
        GameCenterLeaderboardGroupLeaderboardLinkageResponse,
    )
    from ..models.game_center_leaderboard_localization import GameCenterLeaderboardLocalization
    from ..models.game_center_leaderboard_localizations_linkages_response import (
        GameCenterLeaderboardLocalizationsLinkagesResponse,
    )
    from ..models.game_center_leaderboard_localizations_linkages_response_data_item import (
        GameCenterLeaderboardLocalizationsLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_localizations_response import (
        GameCenterLeaderboardLocalizationsResponse,
    )
    from ..models.game_center_leaderboard_release import GameCenterLeaderboardRelease
    from ..models.game_center_leaderboard_releases_linkages_response import (
        GameCenterLeaderboardReleasesLinkagesResponse,
    )
    from ..models.game_center_leaderboard_releases_linkages_response_data_item import (
        GameCenterLeaderboardReleasesLinkagesResponseDataItem,
    )
    from ..models.game_center_leaderboard_releases_response import GameCenterLeaderboardReleasesResponse
    from ..models.game_center_leaderboard_response import GameCenterLeaderboardResponse
    from ..models.game_center_leaderboard_update_request import GameCenterLeaderboardUpdateRequest

__all__ = ["AsyncGameCenterLeaderboards", "GameCenterLeaderboards"]

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


class GameCenterLeaderboards(SyncResource):
    """`asc.game_center_leaderboards`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardCreateRequest | Mapping[str, Any] | None = None,
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
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboards`` (gameCenterLeaderboards_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboards
        """
        return self._write(
            "game_center_leaderboards.game_center_leaderboards_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboards-_id_
        """
        return self._call("game_center_leaderboards.game_center_leaderboards_delete_instance", locals())

    def get(
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

        ``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_
        """
        return self._call("game_center_leaderboards.game_center_leaderboards_get_instance", locals())

    def get_group_leaderboard(
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

        ``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_get_to_one_related", locals()
        )

    def get_group_leaderboard_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardGroupLeaderboardLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardLocalization]:
        """Every GameCenterLeaderboardLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_related", locals()
        )

    def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterLeaderboardLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/localizations`` (gameCenterLeaderboards_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_relationship",
            locals(),
        )

    def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/localizations`` (gameCenterLeaderboards_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterLeaderboardRelease]:
        """Every GameCenterLeaderboardRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/releases`` (gameCenterLeaderboards_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_related", locals()
        )

    def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/releases`` (gameCenterLeaderboards_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterLeaderboardReleasesLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/releases`` (gameCenterLeaderboards_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_relationship", locals()
        )

    def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/releases`` (gameCenterLeaderboards_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        return self._call(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_relationship", locals()
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

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/activity`` (gameCenterLeaderboards_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-activity
        """
        return self._link_one(
            "game_center_leaderboards.game_center_leaderboards_activity_update_to_one_relationship",
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

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/challenge`` (gameCenterLeaderboards_challenge_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-challenge
        """
        return self._link_one(
            "game_center_leaderboards.game_center_leaderboards_challenge_update_to_one_relationship",
            locals(),
            "gameCenterChallenges",
        )

    def set_group_leaderboard(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        return self._link_one(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardUpdateRequest | Mapping[str, Any] | None = None,
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
    ) -> GameCenterLeaderboardResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_
        """
        return self._write(
            "game_center_leaderboards.game_center_leaderboards_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterLeaderboards(AsyncResource):
    """`asc.game_center_leaderboards` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardCreateRequest | Mapping[str, Any] | None = None,
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
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboards`` (gameCenterLeaderboards_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboards
        """
        return await self._write(
            "game_center_leaderboards.game_center_leaderboards_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterleaderboards-_id_
        """
        return await self._call("game_center_leaderboards.game_center_leaderboards_delete_instance", locals())

    async def get(
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

        ``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_
        """
        return await self._call("game_center_leaderboards.game_center_leaderboards_get_instance", locals())

    async def get_group_leaderboard(
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

        ``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_get_to_one_related", locals()
        )

    async def get_group_leaderboard_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardGroupLeaderboardLinkageResponse:
        """One request.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_get_to_one_relationship",
            locals(),
        )

    def list_localizations(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardLocalization]:
        """Every GameCenterLeaderboardLocalization across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_related", locals()
        )

    async def list_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_leaderboard_localizations: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterLeaderboardLocalizationsLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/localizations`` (gameCenterLeaderboards_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_relationship",
            locals(),
        )

    async def list_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/localizations`` (gameCenterLeaderboards_localizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-localizations
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_localizations_get_to_many_relationship",
            locals(),
        )

    def list_releases(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterLeaderboardRelease]:
        """Every GameCenterLeaderboardRelease across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/releases`` (gameCenterLeaderboards_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_related", locals()
        )

    async def list_releases_page(
        self,
        id: str,
        /,
        *,
        filter_live: str | Sequence[str] | None = None,
        filter_game_center_detail: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/releases`` (gameCenterLeaderboards_releases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-releases
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterLeaderboardReleasesLinkagesResponseDataItem]:
        """Every GameCenterLeaderboardReleasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/releases`` (gameCenterLeaderboards_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        return self._paginate(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_relationship", locals()
        )

    async def list_releases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardReleasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterLeaderboards/{id}/relationships/releases`` (gameCenterLeaderboards_releases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-relationships-releases
        """
        return await self._call(
            "game_center_leaderboards.game_center_leaderboards_releases_get_to_many_relationship", locals()
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

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/activity`` (gameCenterLeaderboards_activity_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-activity
        """
        return await self._link_one(
            "game_center_leaderboards.game_center_leaderboards_activity_update_to_one_relationship",
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

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/challenge`` (gameCenterLeaderboards_challenge_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-challenge
        """
        return await self._link_one(
            "game_center_leaderboards.game_center_leaderboards_challenge_update_to_one_relationship",
            locals(),
            "gameCenterChallenges",
        )

    async def set_group_leaderboard(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterLeaderboards/{id}/relationships/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_-relationships-groupleaderboard
        """
        return await self._link_one(
            "game_center_leaderboards.game_center_leaderboards_group_leaderboard_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterLeaderboardUpdateRequest | Mapping[str, Any] | None = None,
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
    ) -> GameCenterLeaderboardResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterleaderboards-_id_
        """
        return await self._write(
            "game_center_leaderboards.game_center_leaderboards_update_instance", locals(), _UPDATE_BODY
        )
