from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_activity_localizations_get_instance_fields_game_center_activity_images_item import (
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem,
    )
    from ...models.game_center_activity_localizations_get_instance_fields_game_center_activity_localizations_item import (
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem,
    )
    from ...models.game_center_activity_localizations_get_instance_fields_game_center_activity_versions_item import (
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_activity_localizations_get_instance_include_item import (
        GameCenterActivityLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_localization_response import GameCenterActivityLocalizationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activity_localizations: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterActivityLocalizations]",
        "fields_game_center_activity_localizations",
        fields_game_center_activity_localizations,
        "GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityImages]",
        "fields_game_center_activity_images",
        fields_game_center_activity_images,
        "GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterActivityLocalizationsGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterActivityLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityLocalizationResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityLocalizationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityLocalizationResponse]:
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
    fields_game_center_activity_localizations: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityLocalizationResponse]:
    """``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_


    Args:
        id (str):
        fields_game_center_activity_localizations
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem]
            | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem] |
            Unset):
        include (list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
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
    fields_game_center_activity_localizations: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityLocalizationResponse | None:
    """``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_


    Args:
        id (str):
        fields_game_center_activity_localizations
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem]
            | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem] |
            Unset):
        include (list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityLocalizationResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_localizations: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityLocalizationResponse]:
    """``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_


    Args:
        id (str):
        fields_game_center_activity_localizations
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem]
            | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem] |
            Unset):
        include (list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityLocalizationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_localizations: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityLocalizationResponse | None:
    """``GET /v1/gameCenterActivityLocalizations/{id}`` (gameCenterActivityLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivitylocalizations-_id_


    Args:
        id (str):
        fields_game_center_activity_localizations
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityLocalizationsItem]
            | Unset):
        fields_game_center_activity_versions
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityVersionsItem] |
            Unset):
        fields_game_center_activity_images
            (list[GameCenterActivityLocalizationsGetInstanceFieldsGameCenterActivityImagesItem] |
            Unset):
        include (list[GameCenterActivityLocalizationsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityLocalizationResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_activity_localizations=fields_game_center_activity_localizations,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            fields_game_center_activity_images=fields_game_center_activity_images,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityLocalizationResponse] = GameCenterActivityLocalizationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityLocalizationResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
