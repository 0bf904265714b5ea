"""`asc.game_center_matchmaking_rule_sets`: the operations on game_center_matchmaking_rule_sets (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.game_center_matchmaking_queue import GameCenterMatchmakingQueue
    from ..models.game_center_matchmaking_queues_response import GameCenterMatchmakingQueuesResponse
    from ..models.game_center_matchmaking_rule import GameCenterMatchmakingRule
    from ..models.game_center_matchmaking_rule_set import GameCenterMatchmakingRuleSet
    from ..models.game_center_matchmaking_rule_set_create_request import (
        GameCenterMatchmakingRuleSetCreateRequest,
    )
    from ..models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response import (
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse,
    )
    from ..models.game_center_matchmaking_rule_set_matchmaking_queues_linkages_response_data_item import (
        GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseDataItem,
    )
    from ..models.game_center_matchmaking_rule_set_response import GameCenterMatchmakingRuleSetResponse
    from ..models.game_center_matchmaking_rule_set_rules_linkages_response import (
        GameCenterMatchmakingRuleSetRulesLinkagesResponse,
    )
    from ..models.game_center_matchmaking_rule_set_rules_linkages_response_data_item import (
        GameCenterMatchmakingRuleSetRulesLinkagesResponseDataItem,
    )
    from ..models.game_center_matchmaking_rule_set_teams_linkages_response import (
        GameCenterMatchmakingRuleSetTeamsLinkagesResponse,
    )
    from ..models.game_center_matchmaking_rule_set_teams_linkages_response_data_item import (
        GameCenterMatchmakingRuleSetTeamsLinkagesResponseDataItem,
    )
    from ..models.game_center_matchmaking_rule_set_update_request import (
        GameCenterMatchmakingRuleSetUpdateRequest,
    )
    from ..models.game_center_matchmaking_rule_sets_response import GameCenterMatchmakingRuleSetsResponse
    from ..models.game_center_matchmaking_rules_response import GameCenterMatchmakingRulesResponse
    from ..models.game_center_matchmaking_team import GameCenterMatchmakingTeam
    from ..models.game_center_matchmaking_teams_response import GameCenterMatchmakingTeamsResponse

__all__ = ["AsyncGameCenterMatchmakingRuleSets", "GameCenterMatchmakingRuleSets"]

_CREATE_BODY = Body(
    "gameCenterMatchmakingRuleSets",
    {
        "reference_name": ("referenceName", "string", True),
        "rule_language_version": ("ruleLanguageVersion", "integer", True),
        "min_players": ("minPlayers", "integer", True),
        "max_players": ("maxPlayers", "integer", True),
    },
    {},
)
_UPDATE_BODY = Body(
    "gameCenterMatchmakingRuleSets",
    {"min_players": ("minPlayers", "integer", False), "max_players": ("maxPlayers", "integer", False)},
    {},
)


class GameCenterMatchmakingRuleSets(SyncResource):
    """`asc.game_center_matchmaking_rule_sets`."""

    def create(
        self,
        /,
        body: GameCenterMatchmakingRuleSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        rule_language_version: int | Unset = UNSET,
        min_players: int | Unset = UNSET,
        max_players: int | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesets
        """
        return self._write(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrulesets-_id_
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_delete_instance", locals()
        )

    def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_instance", locals()
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingRuleSet]:
        """Every GameCenterMatchmakingRuleSet across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_collection", locals()
        )

    def list_page(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_collection", locals()
        )

    def list_matchmaking_queues(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingQueue]:
        """Every GameCenterMatchmakingQueue across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_related",
            locals(),
        )

    def list_matchmaking_queues_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_related",
            locals(),
        )

    def list_matchmaking_queues_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_relationship",
            locals(),
        )

    def list_matchmaking_queues_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_relationship",
            locals(),
        )

    def list_rules(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingRule]:
        """Every GameCenterMatchmakingRule across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_related",
            locals(),
        )

    def list_rules_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRulesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_related",
            locals(),
        )

    def list_rules_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingRuleSetRulesLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetRulesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_relationship",
            locals(),
        )

    def list_rules_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetRulesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_relationship",
            locals(),
        )

    def list_teams(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingTeam]:
        """Every GameCenterMatchmakingTeam across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_related",
            locals(),
        )

    def list_teams_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_related",
            locals(),
        )

    def list_teams_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterMatchmakingRuleSetTeamsLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetTeamsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_relationship",
            locals(),
        )

    def list_teams_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetTeamsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        return self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_relationship",
            locals(),
        )

    def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingRuleSetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        min_players: int | None | Unset = UNSET,
        max_players: int | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrulesets-_id_
        """
        return self._write(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_update_instance",
            locals(),
            _UPDATE_BODY,
        )


class AsyncGameCenterMatchmakingRuleSets(AsyncResource):
    """`asc.game_center_matchmaking_rule_sets` (async)."""

    async def create(
        self,
        /,
        body: GameCenterMatchmakingRuleSetCreateRequest | Mapping[str, Any] | None = None,
        *,
        reference_name: str | Unset = UNSET,
        rule_language_version: int | Unset = UNSET,
        min_players: int | Unset = UNSET,
        max_players: int | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``POST /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_createInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentermatchmakingrulesets
        """
        return await self._write(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_create_instance",
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

        ``DELETE /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_deleteInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentermatchmakingrulesets-_id_
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_delete_instance", locals()
        )

    async def get(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """One request.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_instance", locals()
        )

    def list(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingRuleSet]:
        """Every GameCenterMatchmakingRuleSet across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_collection", locals()
        )

    async def list_page(
        self,
        *,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_matchmaking_queues: int | None = None,
        limit_rules: int | None = None,
        limit_teams: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_get_collection", locals()
        )

    def list_matchmaking_queues(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingQueue]:
        """Every GameCenterMatchmakingQueue across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_related",
            locals(),
        )

    async def list_matchmaking_queues_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_queues: str | Sequence[str] | None = None,
        fields_game_center_matchmaking_rule_sets: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingQueuesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-matchmakingqueues
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_related",
            locals(),
        )

    def list_matchmaking_queues_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_relationship",
            locals(),
        )

    async def list_matchmaking_queues_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetMatchmakingQueuesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/matchmakingQueues`` (gameCenterMatchmakingRuleSets_matchmakingQueues_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-matchmakingqueues
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_matchmaking_queues_get_to_many_relationship",
            locals(),
        )

    def list_rules(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingRule]:
        """Every GameCenterMatchmakingRule across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_related",
            locals(),
        )

    async def list_rules_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_rules: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRulesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-rules
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_related",
            locals(),
        )

    def list_rules_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingRuleSetRulesLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetRulesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_relationship",
            locals(),
        )

    async def list_rules_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetRulesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/rules`` (gameCenterMatchmakingRuleSets_rules_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-rules
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_rules_get_to_many_relationship",
            locals(),
        )

    def list_teams(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingTeam]:
        """Every GameCenterMatchmakingTeam across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_related",
            locals(),
        )

    async def list_teams_page(
        self,
        id: str,
        /,
        *,
        fields_game_center_matchmaking_teams: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingTeamsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-teams
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_related",
            locals(),
        )

    def list_teams_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterMatchmakingRuleSetTeamsLinkagesResponseDataItem]:
        """Every GameCenterMatchmakingRuleSetTeamsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        return self._paginate(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_relationship",
            locals(),
        )

    async def list_teams_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetTeamsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/gameCenterMatchmakingRuleSets/{id}/relationships/teams`` (gameCenterMatchmakingRuleSets_teams_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_-relationships-teams
        """
        return await self._call(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_teams_get_to_many_relationship",
            locals(),
        )

    async def update(
        self,
        id: str,
        /,
        body: GameCenterMatchmakingRuleSetUpdateRequest | Mapping[str, Any] | None = None,
        *,
        min_players: int | None | Unset = UNSET,
        max_players: int | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> GameCenterMatchmakingRuleSetResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentermatchmakingrulesets-_id_
        """
        return await self._write(
            "game_center_matchmaking_rule_sets.game_center_matchmaking_rule_sets_update_instance",
            locals(),
            _UPDATE_BODY,
        )
