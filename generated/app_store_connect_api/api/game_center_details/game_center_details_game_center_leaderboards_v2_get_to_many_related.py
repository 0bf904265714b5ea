from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_activities_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_groups_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_leaderboard_versions_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_game_center_leaderboards_v2_get_to_many_related_include_item import (
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem,
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
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardVersions]",
        "fields_game_center_leaderboard_versions",
        fields_game_center_leaderboard_versions,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem",
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
        "url": "/v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2".format(
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
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRe
            latedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardsV2GetToMa
            nyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterDetailsGameCenterLeaderboardsV2Get
            ToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] |
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
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsV2Response | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRe
            latedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardsV2GetToMa
            nyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterDetailsGameCenterLeaderboardsV2Get
            ToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] |
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
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardsV2Response]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRe
            latedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardsV2GetToMa
            nyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterDetailsGameCenterLeaderboardsV2Get
            ToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] |
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
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboard_sets: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardsV2Response | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2`` (gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRe
            latedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardsV2GetToMa
            nyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_challenges (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRela
            tedFieldsGameCenterChallengesItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterDetailsGameCenterLeaderboardsV2Get
            ToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem] |
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
