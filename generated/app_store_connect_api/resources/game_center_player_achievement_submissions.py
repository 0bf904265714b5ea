"""`asc.game_center_player_achievement_submissions`: the operations on game_center_player_achievement_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.game_center_player_achievement_submission_create_request import (
        GameCenterPlayerAchievementSubmissionCreateRequest,
    )
    from ..models.game_center_player_achievement_submission_response import (
        GameCenterPlayerAchievementSubmissionResponse,
    )

__all__ = ["AsyncGameCenterPlayerAchievementSubmissions", "GameCenterPlayerAchievementSubmissions"]

_CREATE_BODY = Body(
    "gameCenterPlayerAchievementSubmissions",
    {
        "bundle_id": ("bundleId", "string", True),
        "challenge_ids": ("challengeIds", "array", False),
        "percentage_achieved": ("percentageAchieved", "integer", True),
        "scoped_player_id": ("scopedPlayerId", "string", True),
        "submitted_date": ("submittedDate", "string", False),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "pre_released": ("preReleased", "boolean", False),
    },
    {},
)


class GameCenterPlayerAchievementSubmissions(SyncResource):
    """`asc.game_center_player_achievement_submissions`."""

    def create(
        self,
        /,
        body: GameCenterPlayerAchievementSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        bundle_id: str | Unset = UNSET,
        challenge_ids: Sequence[Any] | None | Unset = UNSET,
        percentage_achieved: int | Unset = UNSET,
        scoped_player_id: str | Unset = UNSET,
        submitted_date: str | date | None | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        pre_released: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterPlayerAchievementSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterPlayerAchievementSubmissions`` (gameCenterPlayerAchievementSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterplayerachievementsubmissions
        """
        return self._write(
            "game_center_player_achievement_submissions.game_center_player_achievement_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncGameCenterPlayerAchievementSubmissions(AsyncResource):
    """`asc.game_center_player_achievement_submissions` (async)."""

    async def create(
        self,
        /,
        body: GameCenterPlayerAchievementSubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        bundle_id: str | Unset = UNSET,
        challenge_ids: Sequence[Any] | None | Unset = UNSET,
        percentage_achieved: int | Unset = UNSET,
        scoped_player_id: str | Unset = UNSET,
        submitted_date: str | date | None | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        pre_released: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterPlayerAchievementSubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterPlayerAchievementSubmissions`` (gameCenterPlayerAchievementSubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterplayerachievementsubmissions
        """
        return await self._write(
            "game_center_player_achievement_submissions.game_center_player_achievement_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )
