from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_set_images_item import (
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem,
    )
    from ...models.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_set_versions_item import (
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem,
    )
    from ...models.game_center_leaderboard_set_versions_v2_localizations_get_to_many_related_include_item import (
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_localizations_v2_response import (
    GameCenterLeaderboardSetLocalizationsV2Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetVersions]",
        "fields_game_center_leaderboard_set_versions",
        fields_game_center_leaderboard_set_versions,
        "GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetImages]",
        "fields_game_center_leaderboard_set_images",
        fields_game_center_leaderboard_set_images,
        "GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterLeaderboardSetVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetLocalizationsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]:
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
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]:
    """``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetVersionsV2L
            ocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterLeaderboardSetVersionsV2Locali
            zationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem]
            | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
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
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response | None:
    """``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetVersionsV2L
            ocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterLeaderboardSetVersionsV2Locali
            zationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem]
            | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]:
    """``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetVersionsV2L
            ocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterLeaderboardSetVersionsV2Locali
            zationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem]
            | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_images: list[
        GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response | None:
    """``GET /v2/gameCenterLeaderboardSetVersions/{id}/localizations`` (gameCenterLeaderboardSetVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardsetversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetVersionsV2L
            ocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterLeaderboardSetVersionsV2Locali
            zationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        fields_game_center_leaderboard_set_images (list[GameCenterLeaderboardSetVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardSetImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedIncludeItem]
            | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
            fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
            fields_game_center_leaderboard_set_images=fields_game_center_leaderboard_set_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetLocalizationsV2Response] = (
    GameCenterLeaderboardSetLocalizationsV2Response
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_set_localization_v2 import GameCenterLeaderboardSetLocalizationV2

ITEM_TYPE: type[GameCenterLeaderboardSetLocalizationV2] = GameCenterLeaderboardSetLocalizationV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetLocalizationsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
