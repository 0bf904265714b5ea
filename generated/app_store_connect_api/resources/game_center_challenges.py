"""`asc.game_center_challenges`: the operations on game_center_challenges (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_challenge_create_request import GameCenterChallengeCreateRequest
    from ..models.game_center_challenge_response import GameCenterChallengeResponse
    from ..models.game_center_challenge_update_request import GameCenterChallengeUpdateRequest
    from ..models.game_center_challenge_version import GameCenterChallengeVersion
    from ..models.game_center_challenge_versions_linkages_response import (
        GameCenterChallengeVersionsLinkagesResponse,
    )
    from ..models.game_center_challenge_versions_linkages_response_data_item import (
        GameCenterChallengeVersionsLinkagesResponseDataItem,
    )
    from ..models.game_center_challenge_versions_response import GameCenterChallengeVersionsResponse

__all__ = ["AsyncGameCenterChallenges", "GameCenterChallenges"]

_CREATE_BODY = Body(
    "gameCenterChallenges",
    {
        "reference_name": ("referenceName", "string", True),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "challenge_type": ("challengeType", "string", True),
        "repeatable": ("repeatable", "boolean", False),
    },
    {
        "game_center_detail": ("gameCenterDetail", "gameCenterDetails", False, False),
        "game_center_group": ("gameCenterGroup", "gameCenterGroups", False, False),
        "versions": ("versions", "gameCenterChallengeVersions", True, False),
        "leaderboard": ("leaderboard", "gameCenterLeaderboards", False, False),
        "leaderboard_v2": ("leaderboardV2", "gameCenterLeaderboards", False, False),
    },
)
_UPDATE_BODY = Body(
    "gameCenterChallenges",
    {
        "reference_name": ("referenceName", "string", False),
        "archived": ("archived", "boolean", False),
        "repeatable": ("repeatable", "boolean", False),
    },
    {
        "leaderboard": ("leaderboard", "gameCenterLeaderboards", False, False),
        "leaderboard_v2": ("leaderboardV2", "gameCenterLeaderboards", False, False),
    },
)


class GameCenterChallenges(SyncResource):
    """`asc.game_center_challenges`."""

    def create(
        self,
        /,
        body: GameCenterChallengeCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        challenge_type: str | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | None | Unset = UNSET,
        leaderboard: str | None | Unset = UNSET,
        leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallenges`` (gameCenterChallenges_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallenges
        """
        return self._write(
            "game_center_challenges.game_center_challenges_create_instance", locals(), _CREATE_BODY
        )

    def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallenges-_id_
        """
        return self._call("game_center_challenges.game_center_challenges_delete_instance", locals())

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """One request.

        ``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_
        """
        return self._call("game_center_challenges.game_center_challenges_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterChallengeVersion]:
        """Every GameCenterChallengeVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        return self._paginate(
            "game_center_challenges.game_center_challenges_versions_get_to_many_related", locals()
        )

    def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        return self._call(
            "game_center_challenges.game_center_challenges_versions_get_to_many_related", locals()
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
    ) -> Paginator[GameCenterChallengeVersionsLinkagesResponseDataItem]:
        """Every GameCenterChallengeVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterChallenges/{id}/relationships/versions`` (gameCenterChallenges_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_challenges.game_center_challenges_versions_get_to_many_relationship", locals()
        )

    def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallenges/{id}/relationships/versions`` (gameCenterChallenges_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        return self._call(
            "game_center_challenges.game_center_challenges_versions_get_to_many_relationship", locals()
        )

    def set_leaderboard(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard`` (gameCenterChallenges_leaderboard_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboard
        """
        return self._link_one(
            "game_center_challenges.game_center_challenges_leaderboard_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def set_leaderboard_v2(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboardV2`` (gameCenterChallenges_leaderboardV2_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboardv2
        """
        return self._link_one(
            "game_center_challenges.game_center_challenges_leaderboard_v2_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterChallengeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        leaderboard: str | None | Unset = UNSET,
        leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_
        """
        return self._write(
            "game_center_challenges.game_center_challenges_update_instance", locals(), _UPDATE_BODY
        )


class AsyncGameCenterChallenges(AsyncResource):
    """`asc.game_center_challenges` (async)."""

    async def create(
        self,
        /,
        body: GameCenterChallengeCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        challenge_type: str | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        game_center_detail: str | None | Unset = UNSET,
        game_center_group: str | None | Unset = UNSET,
        versions: str | Sequence[str] | None | Unset = UNSET,
        leaderboard: str | None | Unset = UNSET,
        leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterChallenges`` (gameCenterChallenges_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterchallenges
        """
        return await self._write(
            "game_center_challenges.game_center_challenges_create_instance", locals(), _CREATE_BODY
        )

    async def delete(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> None:
        """One request.

        ``DELETE /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecenterchallenges-_id_
        """
        return await self._call("game_center_challenges.game_center_challenges_delete_instance", locals())

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """One request.

        ``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_
        """
        return await self._call("game_center_challenges.game_center_challenges_get_instance", locals())

    def list_versions(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterChallengeVersion]:
        """Every GameCenterChallengeVersion across pages, with the pagination guards.

        ``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        return self._paginate(
            "game_center_challenges.game_center_challenges_versions_get_to_many_related", locals()
        )

    async def list_versions_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_challenge_versions: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_challenge_localizations: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_images: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions
        """
        return await self._call(
            "game_center_challenges.game_center_challenges_versions_get_to_many_related", locals()
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
    ) -> AsyncPaginator[GameCenterChallengeVersionsLinkagesResponseDataItem]:
        """Every GameCenterChallengeVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterChallenges/{id}/relationships/versions`` (gameCenterChallenges_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        return self._paginate(
            "game_center_challenges.game_center_challenges_versions_get_to_many_relationship", locals()
        )

    async def list_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterChallengeVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterChallenges/{id}/relationships/versions`` (gameCenterChallenges_versions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-relationships-versions
        """
        return await self._call(
            "game_center_challenges.game_center_challenges_versions_get_to_many_relationship", locals()
        )

    async def set_leaderboard(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboard`` (gameCenterChallenges_leaderboard_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboard
        """
        return await self._link_one(
            "game_center_challenges.game_center_challenges_leaderboard_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def set_leaderboard_v2(
        self,
        id: str,
        /,
        related_id: str | None,
        *,
        timeout: Timeout = None,
    ) -> None:
        """Set the linkage (None to clear it).

        ``PATCH /v1/gameCenterChallenges/{id}/relationships/leaderboardV2`` (gameCenterChallenges_leaderboardV2_updateToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_-relationships-leaderboardv2
        """
        return await self._link_one(
            "game_center_challenges.game_center_challenges_leaderboard_v2_update_to_one_relationship",
            locals(),
            "gameCenterLeaderboards",
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterChallengeUpdateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        repeatable: bool | None | Unset = UNSET,
        leaderboard: str | None | Unset = UNSET,
        leaderboard_v2: str | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterChallengeResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterchallenges-_id_
        """
        return await self._write(
            "game_center_challenges.game_center_challenges_update_instance", locals(), _UPDATE_BODY
        )
