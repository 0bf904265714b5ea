from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievements_v2_versions_get_to_many_related_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievements_v2_versions_get_to_many_related_fields_game_center_achievement_versions_item import (
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.game_center_achievements_v2_versions_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_achievements_v2_versions_get_to_many_related_include_item import (
        GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_versions_v2_response import GameCenterAchievementVersionsV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterAchievements/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementVersionsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementVersionsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementVersionsV2Response]:
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
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementVersionsV2Response]:
    """``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions


    Args:
        id (str):
        fields_game_center_achievement_versions (list[GameCenterAchievementsV2VersionsGetToManyRel
            atedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsV2VersionsGetToMa
            nyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementVersionsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementVersionsV2Response | None:
    """``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions


    Args:
        id (str):
        fields_game_center_achievement_versions (list[GameCenterAchievementsV2VersionsGetToManyRel
            atedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsV2VersionsGetToMa
            nyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementVersionsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementVersionsV2Response]:
    """``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions


    Args:
        id (str):
        fields_game_center_achievement_versions (list[GameCenterAchievementsV2VersionsGetToManyRel
            atedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsV2VersionsGetToMa
            nyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementVersionsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementVersionsV2Response | None:
    """``GET /v2/gameCenterAchievements/{id}/versions`` (gameCenterAchievementsV2_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievements-_id_-versions


    Args:
        id (str):
        fields_game_center_achievement_versions (list[GameCenterAchievementsV2VersionsGetToManyRel
            atedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsV2VersionsGetToManyRelatedFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsV2VersionsGetToMa
            nyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsV2VersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementVersionsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementVersionsV2Response] = GameCenterAchievementVersionsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2

ITEM_TYPE: type[GameCenterAchievementVersionV2] = GameCenterAchievementVersionV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementVersionsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
