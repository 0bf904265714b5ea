from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_challenges_get_instance_fields_game_center_challenge_versions_item import (
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_challenges_get_instance_fields_game_center_challenges_item import (
        GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_challenges_get_instance_fields_game_center_details_item import (
        GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_challenges_get_instance_fields_game_center_groups_item import (
        GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_challenges_get_instance_fields_game_center_leaderboards_item import (
        GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_challenges_get_instance_include_item import (
        GameCenterChallengesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_response import GameCenterChallengeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_challenges: list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    include: list[GameCenterChallengesGetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterChallengesGetInstanceIncludeItem")
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterChallenges/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
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
    fields_game_center_challenges: list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    include: list[GameCenterChallengesGetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        fields_game_center_challenges
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_details
            (list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        include (list[GameCenterChallengesGetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        include=include,
        limit_versions=limit_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenges: list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    include: list[GameCenterChallengesGetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeResponse | None:
    """``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        fields_game_center_challenges
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_details
            (list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        include (list[GameCenterChallengesGetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        include=include,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenges: list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    include: list[GameCenterChallengesGetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        fields_game_center_challenges
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_details
            (list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        include (list[GameCenterChallengesGetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        include=include,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenges: list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    include: list[GameCenterChallengesGetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeResponse | None:
    """``GET /v1/gameCenterChallenges/{id}`` (gameCenterChallenges_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_


    Args:
        id (str):
        fields_game_center_challenges
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_details
            (list[GameCenterChallengesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterChallengesGetInstanceFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesGetInstanceFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterChallengesGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        include (list[GameCenterChallengesGetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            include=include,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeResponse] = GameCenterChallengeResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
