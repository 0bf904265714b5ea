from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievements_v2_get_instance_fields_game_center_achievement_versions_item import (
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.game_center_achievements_v2_get_instance_fields_game_center_achievements_item import (
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_achievements_v2_get_instance_fields_game_center_activities_item import (
        GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_achievements_v2_get_instance_fields_game_center_details_item import (
        GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_achievements_v2_get_instance_fields_game_center_groups_item import (
        GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_achievements_v2_get_instance_include_item import (
        GameCenterAchievementsV2GetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_v2_response import GameCenterAchievementV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievements: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterAchievementsV2GetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterAchievements/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementV2Response]:
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
    fields_game_center_achievements: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementV2Response]:
    """``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_


    Args:
        id (str):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem] |
            Unset):
        include (list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
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
    fields_game_center_achievements: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementV2Response | None:
    """``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_


    Args:
        id (str):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem] |
            Unset):
        include (list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        include=include,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievements: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementV2Response]:
    """``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_


    Args:
        id (str):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem] |
            Unset):
        include (list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        include=include,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievements: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_activities: list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementV2Response | None:
    """``GET /v2/gameCenterAchievements/{id}`` (gameCenterAchievementsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_


    Args:
        id (str):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_activities
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions
            (list[GameCenterAchievementsV2GetInstanceFieldsGameCenterAchievementVersionsItem] |
            Unset):
        include (list[GameCenterAchievementsV2GetInstanceIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            include=include,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementV2Response] = GameCenterAchievementV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
