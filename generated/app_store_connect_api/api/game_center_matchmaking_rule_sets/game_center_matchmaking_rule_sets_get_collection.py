from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_matchmaking_rule_sets_get_collection_fields_game_center_matchmaking_queues_item import (
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_collection_fields_game_center_matchmaking_rule_sets_item import (
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_collection_fields_game_center_matchmaking_rules_item import (
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_collection_fields_game_center_matchmaking_teams_item import (
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem,
    )
    from ...models.game_center_matchmaking_rule_sets_get_collection_include_item import (
        GameCenterMatchmakingRuleSetsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_matchmaking_rule_sets_response import GameCenterMatchmakingRuleSetsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingRuleSets]",
        "fields_game_center_matchmaking_rule_sets",
        fields_game_center_matchmaking_rule_sets,
        "GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingTeams]",
        "fields_game_center_matchmaking_teams",
        fields_game_center_matchmaking_teams,
        "GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingRules]",
        "fields_game_center_matchmaking_rules",
        fields_game_center_matchmaking_rules,
        "GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterMatchmakingQueues]",
        "fields_game_center_matchmaking_queues",
        fields_game_center_matchmaking_queues,
        "GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterMatchmakingRuleSetsGetCollectionIncludeItem"
    )
    _params.query_value(
        params, "limit[matchmakingQueues]", "limit_matchmaking_queues", limit_matchmaking_queues, int
    )
    _params.query_value(params, "limit[rules]", "limit_rules", limit_rules, int)
    _params.query_value(params, "limit[teams]", "limit_teams", limit_teams, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterMatchmakingRuleSets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterMatchmakingRuleSetsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterMatchmakingRuleSetsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]:
    """``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets


    Args:
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]

    """

    kwargs = _get_kwargs(
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingRuleSetsResponse | None:
    """``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets


    Args:
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingRuleSetsResponse

    """

    return sync_detailed(
        client=client,
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        limit=limit,
        include=include,
        limit_matchmaking_queues=limit_matchmaking_queues,
        limit_rules=limit_rules,
        limit_teams=limit_teams,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]:
    """``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets


    Args:
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]

    """

    kwargs = _get_kwargs(
        fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
        fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
        fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
        fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
        limit=limit,
        include=include,
        limit_matchmaking_queues=limit_matchmaking_queues,
        limit_rules=limit_rules,
        limit_teams=limit_teams,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_matchmaking_rule_sets: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_teams: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_rules: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem
    ]
    | Unset = UNSET,
    fields_game_center_matchmaking_queues: list[
        GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset = UNSET,
    limit_matchmaking_queues: int | Unset = UNSET,
    limit_rules: int | Unset = UNSET,
    limit_teams: int | Unset = UNSET,
) -> ErrorResponse | GameCenterMatchmakingRuleSetsResponse | None:
    """``GET /v1/gameCenterMatchmakingRuleSets`` (gameCenterMatchmakingRuleSets_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentermatchmakingrulesets


    Args:
        fields_game_center_matchmaking_rule_sets
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRuleSetsItem] |
            Unset):
        fields_game_center_matchmaking_teams
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingTeamsItem] |
            Unset):
        fields_game_center_matchmaking_rules
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingRulesItem] |
            Unset):
        fields_game_center_matchmaking_queues
            (list[GameCenterMatchmakingRuleSetsGetCollectionFieldsGameCenterMatchmakingQueuesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterMatchmakingRuleSetsGetCollectionIncludeItem] | Unset):
        limit_matchmaking_queues (int | Unset):
        limit_rules (int | Unset):
        limit_teams (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterMatchmakingRuleSetsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            fields_game_center_matchmaking_rule_sets=fields_game_center_matchmaking_rule_sets,
            fields_game_center_matchmaking_teams=fields_game_center_matchmaking_teams,
            fields_game_center_matchmaking_rules=fields_game_center_matchmaking_rules,
            fields_game_center_matchmaking_queues=fields_game_center_matchmaking_queues,
            limit=limit,
            include=include,
            limit_matchmaking_queues=limit_matchmaking_queues,
            limit_rules=limit_rules,
            limit_teams=limit_teams,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterMatchmakingRuleSetsResponse] = GameCenterMatchmakingRuleSetsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_matchmaking_rule_set import GameCenterMatchmakingRuleSet

ITEM_TYPE: type[GameCenterMatchmakingRuleSet] = GameCenterMatchmakingRuleSet
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterMatchmakingRuleSetsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
