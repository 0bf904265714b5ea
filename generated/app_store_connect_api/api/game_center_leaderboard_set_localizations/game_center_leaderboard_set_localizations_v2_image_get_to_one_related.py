from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_set_localizations_v2_image_get_to_one_related_fields_game_center_leaderboard_set_images_item import (
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem,
    )
    from ...models.game_center_leaderboard_set_localizations_v2_image_get_to_one_related_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_leaderboard_set_localizations_v2_image_get_to_one_related_include_item import (
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_image_v2_response import GameCenterLeaderboardSetImageV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetImages]",
        "fields_game_center_leaderboard_set_images",
        fields_game_center_leaderboard_set_images,
        "GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterLeaderboardSetLocalizations/{id}/image".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetImageV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetImageV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]:
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
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]:
    """``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image


    Args:
        id (str):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsV2Ima
            geGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
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
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetImageV2Response | None:
    """``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image


    Args:
        id (str):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsV2Ima
            geGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetImageV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]:
    """``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image


    Args:
        id (str):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsV2Ima
            geGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetImageV2Response | None:
    """``GET /v2/gameCenterLeaderboardSetLocalizations/{id}/image`` (gameCenterLeaderboardSetLocalizationsV2_image_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetlocalizations-_id_-image


    Args:
        id (str):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsV2Ima
            geGetToOneRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetImageV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
            fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetImageV2Response] = GameCenterLeaderboardSetImageV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetImageV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
