from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_set_localizations_get_instance_fields_game_center_leaderboard_set_images_item import (
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem,
    )
    from ...models.game_center_leaderboard_set_localizations_get_instance_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_leaderboard_set_localizations_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_set_localizations_get_instance_include_item import (
        GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_localization_response import (
    GameCenterLeaderboardSetLocalizationResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetImages]",
        "fields_game_center_leaderboard_set_images",
        fields_game_center_leaderboard_set_images,
        "GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboardSetLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetLocalizationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]:
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
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]:
    """``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem]
            | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsGetIn
            stanceFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
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
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationResponse | None:
    """``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem]
            | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsGetIn
            stanceFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetLocalizationResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]:
    """``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem]
            | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsGetIn
            stanceFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationResponse | None:
    """``GET /v1/gameCenterLeaderboardSetLocalizations/{id}`` (gameCenterLeaderboardSetLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetlocalizations-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetLocalizatio
            nsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetLocalizationsGetInstanceFieldsGameCenterLeaderboardSetsItem]
            | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetLocalizationsGetIn
            stanceFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        include (list[GameCenterLeaderboardSetLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetLocalizationResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetLocalizationResponse] = (
    GameCenterLeaderboardSetLocalizationResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
