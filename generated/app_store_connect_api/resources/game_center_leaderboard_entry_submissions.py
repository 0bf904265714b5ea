"""`asc.game_center_leaderboard_entry_submissions`: the operations on game_center_leaderboard_entry_submissions (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from app_store_connect._resources import Timeout

    from ..models.game_center_leaderboard_entry_submission_create_request import (
        GameCenterLeaderboardEntrySubmissionCreateRequest,
    )
    from ..models.game_center_leaderboard_entry_submission_response import (
        GameCenterLeaderboardEntrySubmissionResponse,
    )

__all__ = ["AsyncGameCenterLeaderboardEntrySubmissions", "GameCenterLeaderboardEntrySubmissions"]

_CREATE_BODY = Body(
    "gameCenterLeaderboardEntrySubmissions",
    {
        "bundle_id": ("bundleId", "string", True),
        "challenge_ids": ("challengeIds", "array", False),
        "context": ("context", "string", False),
        "scoped_player_id": ("scopedPlayerId", "string", True),
        "score": ("score", "string", True),
        "submitted_date": ("submittedDate", "string", False),
        "vendor_identifier": ("vendorIdentifier", "string", True),
        "pre_released": ("preReleased", "boolean", False),
    },
    {},
)


class GameCenterLeaderboardEntrySubmissions(SyncResource):
    """`asc.game_center_leaderboard_entry_submissions`."""

    def create(
        self,
        /,
        body: GameCenterLeaderboardEntrySubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        bundle_id: str | Unset = UNSET,
        challenge_ids: Sequence[Any] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        scoped_player_id: str | Unset = UNSET,
        score: str | Unset = UNSET,
        submitted_date: str | date | None | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        pre_released: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardEntrySubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardEntrySubmissions`` (gameCenterLeaderboardEntrySubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardentrysubmissions
        """
        return self._write(
            "game_center_leaderboard_entry_submissions.game_center_leaderboard_entry_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncGameCenterLeaderboardEntrySubmissions(AsyncResource):
    """`asc.game_center_leaderboard_entry_submissions` (async)."""

    async def create(
        self,
        /,
        body: GameCenterLeaderboardEntrySubmissionCreateRequest | Mapping[str, Any] | None = None,
        *,
        bundle_id: str | Unset = UNSET,
        challenge_ids: Sequence[Any] | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        scoped_player_id: str | Unset = UNSET,
        score: str | Unset = UNSET,
        submitted_date: str | date | None | Unset = UNSET,
        vendor_identifier: str | Unset = UNSET,
        pre_released: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterLeaderboardEntrySubmissionResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterLeaderboardEntrySubmissions`` (gameCenterLeaderboardEntrySubmissions_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardentrysubmissions
        """
        return await self._write(
            "game_center_leaderboard_entry_submissions.game_center_leaderboard_entry_submissions_create_instance",
            locals(),
            _CREATE_BODY,
        )
