"""`asc.game_center_matchmaking_rule_set_tests`: the operations on game_center_matchmaking_rule_set_tests (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._resources import Timeout

    from ..models.game_center_matchmaking_rule_set_test_create_request import (
        GameCenterMatchmakingRuleSetTestCreateRequest,
    )
    from ..models.game_center_matchmaking_rule_set_test_response import (
        GameCenterMatchmakingRuleSetTestResponse,
    )

__all__ = ["AsyncGameCenterMatchmakingRuleSetTests", "GameCenterMatchmakingRuleSetTests"]

_CREATE_BODY = Body(
    "gameCenterMatchmakingRuleSetTests",
    {},
    {
        "matchmaking_rule_set": ("matchmakingRuleSet", "gameCenterMatchmakingRuleSets", False, True),
        "matchmaking_requests": ("matchmakingRequests", "gameCenterMatchmakingTestRequests", True, True),
    },
)


class GameCenterMatchmakingRuleSetTests(SyncResource):
    """`asc.game_center_matchmaking_rule_set_tests`."""

    def create(
        self,
        /,
        body: GameCenterMatchmakingRuleSetTestCreateRequest | Mapping[str, Any] | None = None,
        *,
        matchmaking_rule_set: str | Unset = UNSET,
        matchmaking_requests: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetTestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRuleSetTests`` (gameCenterMatchmakingRuleSetTests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesettests
        """
        return self._write(
            "game_center_matchmaking_rule_set_tests.game_center_matchmaking_rule_set_tests_create_instance",
            locals(),
            _CREATE_BODY,
        )


class AsyncGameCenterMatchmakingRuleSetTests(AsyncResource):
    """`asc.game_center_matchmaking_rule_set_tests` (async)."""

    async def create(
        self,
        /,
        body: GameCenterMatchmakingRuleSetTestCreateRequest | Mapping[str, Any] | None = None,
        *,
        matchmaking_rule_set: str | Unset = UNSET,
        matchmaking_requests: str | Sequence[str] | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetTestResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRuleSetTests`` (gameCenterMatchmakingRuleSetTests_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesettests
        """
        return await self._write(
            "game_center_matchmaking_rule_set_tests.game_center_matchmaking_rule_set_tests_create_instance",
            locals(),
            _CREATE_BODY,
        )
