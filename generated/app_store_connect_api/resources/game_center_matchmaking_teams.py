"""`asc.game_center_matchmaking_teams`: the operations on game_center_matchmaking_teams (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from app_store_connect._resources import Timeout

    from ..models.game_center_matchmaking_team_create_request import GameCenterMatchmakingTeamCreateRequest
    from ..models.game_center_matchmaking_team_response import GameCenterMatchmakingTeamResponse
    from ..models.game_center_matchmaking_team_update_request import GameCenterMatchmakingTeamUpdateRequest

__all__ = ["AsyncGameCenterMatchmakingTeams", "GameCenterMatchmakingTeams"]

_CREATE_BODY = Body(
    "gameCenterMatchmakingTeams",
    {
        "reference_name": ("referenceName", "string", True),
        "min_players": ("minPlayers", "integer", True),
        "max_players": ("maxPlayers", "integer", True),
    },
    {"rule_set": ("ruleSet", "gameCenterMatchmakingRuleSets", False, True)},
)
_UPDATE_BODY = Body(
    "gameCenterMatchmakingTeams",
    {"min_players": ("minPlayers", "integer", False), "max_players": ("maxPlayers", "integer", False)},
    {},
)


class GameCenterMatchmakingTeams(SyncResource):
    """`asc.game_center_matchmaking_teams`."""

    def create(
        self,
        /,
        body: GameCenterMatchmakingTeamCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        min_players: int | Unset = UNSET,
        max_players: int | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingTeams`` (gameCenterMatchmakingTeams_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingteams
        """
        return self._write(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingTeams/{id}`` (gameCenterMatchmakingTeams_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingteams-_id_
        """
        return self._call(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_delete_instance", locals()
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingTeamUpdateRequest | Mapping[str, Any] | None = None,
        *,
        min_players: int | None | Unset = UNSET,
        max_players: int | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingTeams/{id}`` (gameCenterMatchmakingTeams_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingteams-_id_
        """
        return self._write(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterMatchmakingTeams(AsyncResource):
    """`asc.game_center_matchmaking_teams` (async)."""

    async def create(
        self,
        /,
        body: GameCenterMatchmakingTeamCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        min_players: int | Unset = UNSET,
        max_players: int | Unset = UNSET,
        rule_set: str | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingTeams`` (gameCenterMatchmakingTeams_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingteams
        """
        return await self._write(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingTeams/{id}`` (gameCenterMatchmakingTeams_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingteams-_id_
        """
        return await self._call(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_delete_instance", locals()
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingTeamUpdateRequest | Mapping[str, Any] | None = None,
        *,
        min_players: int | None | Unset = UNSET,
        max_players: int | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingTeams/{id}`` (gameCenterMatchmakingTeams_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingteams-_id_
        """
        return await self._write(
            "game_center_matchmaking_teams.game_center_matchmaking_teams_update_instance",
            locals(),
            _UPDATE_BODY,
        )
