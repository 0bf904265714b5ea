from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboards_get_instance_fields_game_center_activities_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_challenges_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_details_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_groups_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_leaderboard_localizations_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_leaderboard_releases_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboards_get_instance_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboards_get_instance_include_item import (
        GameCenterLeaderboardsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_response import GameCenterLeaderboardResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem",
    )
    _params.query_list(params, "include", "include", include, "GameCenterLeaderboardsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[gameCenterLeaderboardSets]",
        "limit_game_center_leaderboard_sets",
        limit_game_center_leaderboard_sets,
        int,
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboards/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
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
    fields_game_center_leaderboards: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboards: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_challenges: list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}`` (gameCenterLeaderboards_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_


    Args:
        id (str):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_releases
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGetInstanceFieldsGameCenterChallengesItem] | Unset):
        include (list[GameCenterLeaderboardsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
            fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            include=include,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardResponse] = GameCenterLeaderboardResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
