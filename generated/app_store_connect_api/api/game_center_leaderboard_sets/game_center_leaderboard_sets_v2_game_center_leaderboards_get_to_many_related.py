from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_activities_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_details_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_groups_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboard_versions_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboard_sets_v2_game_center_leaderboards_get_to_many_related_include_item import (
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
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
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardVersions]",
        "fields_game_center_leaderboard_versions",
        fields_game_center_leaderboard_versions,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem",
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
        "url": "/v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
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
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
    """``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGet
            ToManyRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMan
            yRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMany
            RelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsV2GameCenterLeaderboard
            sGetToManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardSetsV2GameCenterLeaderb
            oardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include
            (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardsV2Response]

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
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        limit=limit,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsV2Response | None:
    """``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGet
            ToManyRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMan
            yRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMany
            RelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsV2GameCenterLeaderboard
            sGetToManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardSetsV2GameCenterLeaderb
            oardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include
            (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardsV2Response

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
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        limit=limit,
        include=include,
        limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
    """``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGet
            ToManyRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMan
            yRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMany
            RelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsV2GameCenterLeaderboard
            sGetToManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardSetsV2GameCenterLeaderb
            oardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include
            (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardsV2Response]

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
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        limit=limit,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsV2Response | None:
    """``GET /v2/gameCenterLeaderboardSets/{id}/gameCenterLeaderboards`` (gameCenterLeaderboardSetsV2_gameCenterLeaderboards_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsets-_id_-gamecenterleaderboards


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGet
            ToManyRelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMan
            yRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToMany
            RelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsV2GameCenterLeaderboard
            sGetToManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetTo
            ManyRelatedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardSetsV2GameCenterLeaderb
            oardsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include
            (list[GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboard_sets (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardsV2Response

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
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
            limit=limit,
            include=include,
            limit_game_center_leaderboard_sets=limit_game_center_leaderboard_sets,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardsV2Response] = GameCenterLeaderboardsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_v2 import GameCenterLeaderboardV2

ITEM_TYPE: type[GameCenterLeaderboardV2] = GameCenterLeaderboardV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
