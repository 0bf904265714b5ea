from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_achievement_releases_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_achievements_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_activities_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_details_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_fields_game_center_groups_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_get_to_one_related_include_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_response import GameCenterAchievementResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem]
    | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementReleases]",
        "fields_game_center_achievement_releases",
        fields_game_center_achievement_releases,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivities]",
        "fields_game_center_activities",
        fields_game_center_activities,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem",
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementResponse]:
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
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem]
    | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement


    Args:
        id (str):
        fields_game_center_achievements (list[GameCenterAchievementLocalizationsGameCenterAchievem
            entGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterAchievementLocalizationsGameCenterAchievementGe
            tToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterAchievementLocalizationsGameCenterAchievementGet
            ToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterAchievementLocalizationsGameCenter
            AchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterAchievementLocalizationsGameCenterAchievemen
            tGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        include
            (list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
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
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem]
    | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement


    Args:
        id (str):
        fields_game_center_achievements (list[GameCenterAchievementLocalizationsGameCenterAchievem
            entGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterAchievementLocalizationsGameCenterAchievementGe
            tToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterAchievementLocalizationsGameCenterAchievementGet
            ToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterAchievementLocalizationsGameCenter
            AchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterAchievementLocalizationsGameCenterAchievemen
            tGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        include
            (list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem]
    | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement


    Args:
        id (str):
        fields_game_center_achievements (list[GameCenterAchievementLocalizationsGameCenterAchievem
            entGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterAchievementLocalizationsGameCenterAchievementGe
            tToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterAchievementLocalizationsGameCenterAchievementGet
            ToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterAchievementLocalizationsGameCenter
            AchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterAchievementLocalizationsGameCenterAchievemen
            tGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        include
            (list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_releases=fields_game_center_achievement_releases,
        fields_game_center_activities=fields_game_center_activities,
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
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_releases: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activities: list[
        GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterActivitiesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem]
    | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievement`` (gameCenterAchievementLocalizations_gameCenterAchievement_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievement


    Args:
        id (str):
        fields_game_center_achievements (list[GameCenterAchievementLocalizationsGameCenterAchievem
            entGetToOneRelatedFieldsGameCenterAchievementsItem] | Unset):
        fields_game_center_details (list[GameCenterAchievementLocalizationsGameCenterAchievementGe
            tToOneRelatedFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterAchievementLocalizationsGameCenterAchievementGet
            ToOneRelatedFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_releases (list[GameCenterAchievementLocalizationsGameCenter
            AchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem] | Unset):
        fields_game_center_activities (list[GameCenterAchievementLocalizationsGameCenterAchievemen
            tGetToOneRelatedFieldsGameCenterActivitiesItem] | Unset):
        include
            (list[GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievement_releases=fields_game_center_achievement_releases,
            fields_game_center_activities=fields_game_center_activities,
            include=include,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementResponse] = GameCenterAchievementResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
