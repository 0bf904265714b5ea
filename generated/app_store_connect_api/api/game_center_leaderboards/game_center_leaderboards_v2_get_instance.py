from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_activities_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_challenges_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_details_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_groups_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_leaderboard_versions_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboards_v2_get_instance_include_item import (
        GameCenterLeaderboardsV2GetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_v2_response import GameCenterLeaderboardV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardVersions]",
        "fields_game_center_leaderboard_versions",
        fields_game_center_leaderboard_versions,
        "GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterLeaderboardsV2GetInstanceIncludeItem"
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboardSets]",
        "limit_game_center_leaderboard_sets",
        limit_game_center_leaderboard_sets,
        int,
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterLeaderboards/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardV2Response]:
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
    fields_game_center_leaderboards: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardV2Response]:
    """``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        include (list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
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
    fields_game_center_leaderboards: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardV2Response | None:
    """``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        include (list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardV2Response]:
    """``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        include (list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardV2Response | None:
    """``GET /v2/gameCenterLeaderboards/{id}`` (gameCenterLeaderboardsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions
            (list[GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem] |
            Unset):
        include (list[GameCenterLeaderboardsV2GetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
            include=include,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardV2Response] = GameCenterLeaderboardV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
