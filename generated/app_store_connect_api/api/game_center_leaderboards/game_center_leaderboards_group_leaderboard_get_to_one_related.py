from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_activities_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_challenges_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_details_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_groups_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_leaderboard_localizations_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_leaderboard_releases_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboards_group_leaderboard_get_to_one_related_include_item import (
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem,
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
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset = UNSET,
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
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem",
    )
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
        "url": "/v1/gameCenterLeaderboards/{id}/groupLeaderboard".format(
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
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard


    Args:
        id (str):
        fields_game_center_leaderboards (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRe
            latedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsGroupLeaderboardG
            etToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterLeaderboardsGroupLeaderboardGetToO
            neRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem]
            | Unset):
        include (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset):
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
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard


    Args:
        id (str):
        fields_game_center_leaderboards (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRe
            latedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsGroupLeaderboardG
            etToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterLeaderboardsGroupLeaderboardGetToO
            neRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem]
            | Unset):
        include (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset):
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
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard


    Args:
        id (str):
        fields_game_center_leaderboards (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRe
            latedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsGroupLeaderboardG
            etToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterLeaderboardsGroupLeaderboardGetToO
            neRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem]
            | Unset):
        include (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset):
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
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}/groupLeaderboard`` (gameCenterLeaderboards_groupLeaderboard_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-groupleaderboard


    Args:
        id (str):
        fields_game_center_leaderboards (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRe
            latedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsGroupLeaderboardG
            etToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterLeaderboardsGroupLeaderboardGetToO
            neRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterActivitiesItem]
            | Unset):
        fields_game_center_challenges
            (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedFieldsGameCenterChallengesItem]
            | Unset):
        include (list[GameCenterLeaderboardsGroupLeaderboardGetToOneRelatedIncludeItem] | Unset):
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
