from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_activities_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_details_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_groups_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboard_localizations_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboard_releases_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_groups_game_center_leaderboards_get_to_many_related_include_item import (
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboards_response import GameCenterLeaderboardsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[referenceName]", "filter_reference_name", filter_reference_name, str)
    _params.query_list(params, "filter[archived]", "filter_archived", filter_archived, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem",
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
        "url": "/v1/gameCenterGroups/{id}/gameCenterLeaderboards".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardsResponse]:
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelat
            edFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardsGetToManyR
            elatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterGroupsGameCenterLeaderboardsG
            etToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterLeaderboardsGetToM
            anyRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelat
            edFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardsGetToManyR
            elatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterGroupsGameCenterLeaderboardsG
            etToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterLeaderboardsGetToM
            anyRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelat
            edFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardsGetToManyR
            elatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterGroupsGameCenterLeaderboardsG
            etToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterLeaderboardsGetToM
            anyRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        limit=limit,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards`` (gameCenterGroups_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelat
            edFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardsGetToManyR
            elatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterGroupsGameCenterLeaderboardsG
            etToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterGroupsGameCenterLeaderboardsGetToM
            anyRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelated
            FieldsGameCenterChallengesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem] | Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_reference_name=filter_reference_name,
            filter_archived=filter_archived,
            filter_id=filter_id,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
            fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            limit=limit,
            include=include,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardsResponse] = GameCenterLeaderboardsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard import GameCenterLeaderboard

ITEM_TYPE: type[GameCenterLeaderboard] = GameCenterLeaderboard
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
