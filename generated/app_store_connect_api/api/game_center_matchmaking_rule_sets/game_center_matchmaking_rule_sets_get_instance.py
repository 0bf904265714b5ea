from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_matchmaking_rule_sets_get_instance_fields_game_center_matchmaking_queues_item import (
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_instance_fields_game_center_matchmaking_rule_sets_item import (
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_instance_fields_game_center_matchmaking_rules_item import (
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_instance_fields_game_center_matchmaking_teams_item import (
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_instance_include_item import (
        GameCenterMatchmakingRuleSetsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_matchmaking_rule_set_response import GameCenterMatchmakingRuleSetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingRuleSets]",
        "fields_game_center_matchmaking_rule_sets",
        fields_game_center_matchmaking_rule_sets,
        "GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingTeams]",
        "fields_game_center_matchmaking_teams",
        fields_game_center_matchmaking_teams,
        "GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingRules]",
        "fields_game_center_matchmaking_rules",
        fields_game_center_matchmaking_rules,
        "GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingQueues]",
        "fields_game_center_matchmaking_queues",
        fields_game_center_matchmaking_queues,
        "GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterMatchmakingRuleSetsGetInstanceIncludeItem"
    )
    _params.query_value(
        params, "limit[matchmakingQueues]", "limit_matchmaking_queues", limit_matchmaking_queues, int
    )
    _params.query_value(params, "limit[rules]", "limit_rules", limit_rules, int)
    _params.query_value(params, "limit[teams]", "limit_teams", limit_teams, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterMatchmakingRuleSets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterMatchmakingRuleSetResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterMatchmakingRuleSetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]:
    """``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_


    Args:
        id (str):
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        include (list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        include=include,
        limit_matchmaking_queues=limit_matchmaking_queues,
        limit_rules=limit_rules,
        limit_teams=limit_teams,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingRuleSetResponse | None:
    """``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_


    Args:
        id (str):
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        include (list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingRuleSetResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        include=include,
        limit_matchmaking_queues=limit_matchmaking_queues,
        limit_rules=limit_rules,
        limit_teams=limit_teams,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]:
    """``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_


    Args:
        id (str):
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        include (list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        include=include,
        limit_matchmaking_queues=limit_matchmaking_queues,
        limit_rules=limit_rules,
        limit_teams=limit_teams,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingRuleSetResponse | None:
    """``GET /v1/gameCenterMatchmakingRuleSets/{id}`` (gameCenterMatchmakingRuleSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets-_id_


    Args:
        id (str):
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetInstanceFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        include (list[GameCenterMatchmakingRuleSetsGetInstanceIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingRuleSetResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
            fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
            fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
            fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
            include=include,
            limit_matchmaking_queues=limit_matchmaking_queues,
            limit_rules=limit_rules,
            limit_teams=limit_teams,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterMatchmakingRuleSetResponse] = GameCenterMatchmakingRuleSetResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
