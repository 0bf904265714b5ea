from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_related_fields_game_center_leaderboard_images_item import (
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem,
    )
    from ...models.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_related_fields_game_center_leaderboard_localizations_item import (
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_leaderboard_localizations_game_center_leaderboard_image_get_to_one_related_include_item import (
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_image_response import GameCenterLeaderboardImageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardImages]",
        "fields_game_center_leaderboard_images",
        fields_game_center_leaderboard_images,
        "GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardImageResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardImageResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardImageResponse]:
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
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardImageResponse]:
    """``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage


    Args:
        id (str):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardLocalizationsGameCenterLe
            aderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardLocalizationsGameC
            enterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        include (list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardImageResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
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
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardImageResponse | None:
    """``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage


    Args:
        id (str):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardLocalizationsGameCenterLe
            aderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardLocalizationsGameC
            enterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        include (list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardImageResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardImageResponse]:
    """``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage


    Args:
        id (str):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardLocalizationsGameCenterLe
            aderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardLocalizationsGameC
            enterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        include (list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardImageResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardImageResponse | None:
    """``GET /v1/gameCenterLeaderboardLocalizations/{id}/gameCenterLeaderboardImage`` (gameCenterLeaderboardLocalizations_gameCenterLeaderboardImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardlocalizations-_id_-gamecenterleaderboardimage


    Args:
        id (str):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardLocalizationsGameCenterLe
            aderboardImageGetToOneRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardLocalizationsGameC
            enterLeaderboardImageGetToOneRelatedFieldsGameCenterLeaderboardLocalizationsItem] |
            Unset):
        include (list[GameCenterLeaderboardLocalizationsGameCenterLeaderboardImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardImageResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
            fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardImageResponse] = GameCenterLeaderboardImageResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardImageResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
