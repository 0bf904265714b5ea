from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_fields_game_center_achievement_versions_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_fields_game_center_activities_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_fields_game_center_groups_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_game_center_achievements_v2_get_to_many_related_include_item import (
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievements_v2_response import GameCenterAchievementsV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[referenceName]", "filter_reference_name", filter_reference_name, str)
    _params.query_list(params, "filter[archived]", "filter_archived", filter_archived, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/gameCenterAchievementsV2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementsV2Response]:
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
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementsV2Response]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRe
            latedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterDetailsGameCenterAchievementsV2Get
            ToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        limit=limit,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementsV2Response | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRe
            latedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterDetailsGameCenterAchievementsV2Get
            ToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        limit=limit,
        include=include,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementsV2Response]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRe
            latedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterDetailsGameCenterAchievementsV2Get
            ToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_activities=fields_game_center_activities,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        limit=limit,
        include=include,
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
    fields_game_center_achievements: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementsV2Response | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2`` (gameCenterDetails_gameCenterAchievementsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRe
            latedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelated
            FieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedFieldsGameCenterGroupsItem]
            | Unset):
        fields_game_center_activities (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRela
            tedFieldsGameCenterActivitiesItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterDetailsGameCenterAchievementsV2Get
            ToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterAchievementsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_reference_name=filter_reference_name,
            filter_archived=filter_archived,
            filter_id=filter_id,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_activities=fields_game_center_activities,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            limit=limit,
            include=include,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementsV2Response] = GameCenterAchievementsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_achievement_v2 import GameCenterAchievementV2

ITEM_TYPE: type[GameCenterAchievementV2] = GameCenterAchievementV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
