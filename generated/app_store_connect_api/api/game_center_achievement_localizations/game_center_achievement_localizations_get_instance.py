from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievement_localizations_get_instance_fields_game_center_achievement_images_item import (
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem,
    )
    from ...models.game_center_achievement_localizations_get_instance_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievement_localizations_get_instance_fields_game_center_achievements_item import (
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_achievement_localizations_get_instance_include_item import (
        GameCenterAchievementLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_localization_response import GameCenterAchievementLocalizationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementImages]",
        "fields_game_center_achievement_images",
        fields_game_center_achievement_images,
        "GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterAchievementLocalizationsGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAchievementLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementLocalizationResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementLocalizationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementLocalizationResponse]:
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
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGetIn
            stanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_images
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem]
            | Unset):
        include (list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGetIn
            stanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_images
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem]
            | Unset):
        include (list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGetIn
            stanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_images
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem]
            | Unset):
        include (list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGetIn
            stanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementsItem] |
            Unset):
        fields_game_center_achievement_images
            (list[GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementImagesItem]
            | Unset):
        include (list[GameCenterAchievementLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_achievement_images=fields_game_center_achievement_images,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementLocalizationResponse] = GameCenterAchievementLocalizationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementLocalizationResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
