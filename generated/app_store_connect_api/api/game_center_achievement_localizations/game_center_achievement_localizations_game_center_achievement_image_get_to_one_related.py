from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievement_localizations_game_center_achievement_image_get_to_one_related_fields_game_center_achievement_images_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_image_get_to_one_related_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievement_localizations_game_center_achievement_image_get_to_one_related_include_item import (
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_image_response import GameCenterAchievementImageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementImages]",
        "fields_game_center_achievement_images",
        fields_game_center_achievement_images,
        "GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementImageResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementImageResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementImageResponse]:
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
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementImageResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage


    Args:
        id (str):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsGameCenterAc
            hievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] |
            Unset):
        include (list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementImageResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
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
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementImageResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage


    Args:
        id (str):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsGameCenterAc
            hievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] |
            Unset):
        include (list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementImageResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementImageResponse]:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage


    Args:
        id (str):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsGameCenterAc
            hievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] |
            Unset):
        include (list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementImageResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedIncludeItem]
    | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementImageResponse | None:
    """``GET /v1/gameCenterAchievementLocalizations/{id}/gameCenterAchievementImage`` (gameCenterAchievementLocalizations_gameCenterAchievementImage_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievementlocalizations-_id_-gamecenterachievementimage


    Args:
        id (str):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsGameCenterAc
            hievementImageGetToOneRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsGameC
            enterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem] |
            Unset):
        include (list[GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedI
            ncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementImageResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_images=fields_game_center_achievement_images,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementImageResponse] = GameCenterAchievementImageResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementImageResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
