from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_achievement_localizations_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_achievement_releases_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_activities_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_details_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_fields_game_center_groups_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_game_center_achievements_get_to_many_related_include_item import (
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievements_response import GameCenterAchievementsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementReleases]",
        "fields_game_center_achievement_releases",
        fields_game_center_achievement_releases,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterGroups/{id}/gameCenterAchievements".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementsResponse]:
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
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterGroupsGameCenterAchievementsGetToManyRelat
            edFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterGroupsGameCenterAchievementsG
            etToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterAchievementsGetToM
            anyRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterAchievementsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
        limit=limit,
        include=include,
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
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterGroupsGameCenterAchievementsGetToManyRelat
            edFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterGroupsGameCenterAchievementsG
            etToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterAchievementsGetToM
            anyRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterAchievementsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementsResponse

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
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
        limit=limit,
        include=include,
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
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementsResponse]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterGroupsGameCenterAchievementsGetToManyRelat
            edFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterGroupsGameCenterAchievementsG
            etToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterAchievementsGetToM
            anyRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterAchievementsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
        limit=limit,
        include=include,
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
    fields_game_center_achievements: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementsResponse | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterAchievements`` (gameCenterGroups_gameCenterAchievements_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_achievements (list[GameCenterGroupsGameCenterAchievementsGetToManyRelat
            edFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterGroupsGameCenterAchievementsG
            etToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterGroupsGameCenterAchievementsGetToM
            anyRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterGroupsGameCenterAchievementsGetToManyRelated
            FieldsGameCenterActivitiesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterAchievementsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementsResponse

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
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievement_releases=fields_game_center_achievement_releases,
            fields_game_center_activities=fields_game_center_activities,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementsResponse] = GameCenterAchievementsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_achievement import GameCenterAchievement

ITEM_TYPE: type[GameCenterAchievement] = GameCenterAchievement
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
