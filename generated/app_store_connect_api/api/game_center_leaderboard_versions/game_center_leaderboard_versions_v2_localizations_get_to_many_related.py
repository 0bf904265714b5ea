from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_images_item import (
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem,
    )
    from ...models.game_center_leaderboard_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_localizations_item import (
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem,
    )
    from ...models.game_center_leaderboard_versions_v2_localizations_get_to_many_related_fields_game_center_leaderboard_versions_item import (
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem,
    )
    from ...models.game_center_leaderboard_versions_v2_localizations_get_to_many_related_include_item import (
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_localizations_v2_response import (
    GameCenterLeaderboardLocalizationsV2Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardLocalizations]",
        "fields_game_center_leaderboard_localizations",
        fields_game_center_leaderboard_localizations,
        "GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardVersions]",
        "fields_game_center_leaderboard_versions",
        fields_game_center_leaderboard_versions,
        "GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardImages]",
        "fields_game_center_leaderboard_images",
        fields_game_center_leaderboard_images,
        "GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterLeaderboardVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardLocalizationsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardLocalizationsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]:
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
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]:
    """``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
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
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardLocalizationsV2Response | None:
    """``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardLocalizationsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
        fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_localizations: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]:
    """``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
        fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
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
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_versions: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_images: list[
        GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardLocalizationsV2Response | None:
    """``GET /v2/gameCenterLeaderboardVersions/{id}/localizations`` (gameCenterLeaderboardVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterleaderboardversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_leaderboard_localizations (list[GameCenterLeaderboardVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterLeaderboardLocalizationsItem] | Unset):
        fields_game_center_leaderboard_versions (list[GameCenterLeaderboardVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem] | Unset):
        fields_game_center_leaderboard_images (list[GameCenterLeaderboardVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterLeaderboardImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardLocalizationsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_localizations=fields_game_center_leaderboard_localizations,
            fields_game_center_leaderboard_versions=fields_game_center_leaderboard_versions,
            fields_game_center_leaderboard_images=fields_game_center_leaderboard_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardLocalizationsV2Response] = (
    GameCenterLeaderboardLocalizationsV2Response
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_localization_v2 import GameCenterLeaderboardLocalizationV2

ITEM_TYPE: type[GameCenterLeaderboardLocalizationV2] = GameCenterLeaderboardLocalizationV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardLocalizationsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
