from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboards_localizations_get_to_many_related_fields_game_center_leaderboard_images_item import (
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem,
    )
    from ...models.game_center_leaderboards_localizations_get_to_many_related_fields_game_center_leaderboard_localizations_item import (
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_leaderboards_localizations_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboards_localizations_get_to_many_related_include_item import (
        GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_localizations_response import (
    GameCenterLeaderboardLocalizationsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardImages]",
        "fields_game_center_leaderboard_images",
        fields_game_center_leaderboard_images,
        "GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboards/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardLocalizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]:
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
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsLocalizationsGetT
            oManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem]
            | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardsLocalizationsGetToManyRe
            latedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        limit=limit,
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
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardLocalizationsResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsLocalizationsGetT
            oManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem]
            | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardsLocalizationsGetToManyRe
            latedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardLocalizationsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]:
    """``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsLocalizationsGetT
            oManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem]
            | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardsLocalizationsGetToManyRe
            latedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardLocalizationsResponse | None:
    """``GET /v1/gameCenterLeaderboards/{id}/localizations`` (gameCenterLeaderboards_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboards-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardsLocalizationsGetT
            oManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedFieldsGameCenterLeaderboardsItem]
            | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardsLocalizationsGetToManyRe
            latedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardLocalizationsResponse] = GameCenterLeaderboardLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_localization import GameCenterLeaderboardLocalization

ITEM_TYPE: type[GameCenterLeaderboardLocalization] = GameCenterLeaderboardLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
