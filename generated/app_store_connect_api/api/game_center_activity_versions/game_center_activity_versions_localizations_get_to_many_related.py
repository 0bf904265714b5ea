from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_activity_versions_localizations_get_to_many_related_fields_game_center_activity_images_item import (
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem,
    )
    from ...models.game_center_activity_versions_localizations_get_to_many_related_fields_game_center_activity_localizations_item import (
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem,
    )
    from ...models.game_center_activity_versions_localizations_get_to_many_related_fields_game_center_activity_versions_item import (
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_activity_versions_localizations_get_to_many_related_include_item import (
        GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_localizations_response import GameCenterActivityLocalizationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterActivityLocalizations]",
        "fields_game_center_activity_localizations",
        fields_game_center_activity_localizations,
        "GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityImages]",
        "fields_game_center_activity_images",
        fields_game_center_activity_images,
        "GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterActivityVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityLocalizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityLocalizationsResponse]:
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
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityLocalizationsResponse]:
    """``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_activity_localizations (list[GameCenterActivityVersionsLocalizationsGet
            ToManyRelatedFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterActivityVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activity_images (list[GameCenterActivityVersionsLocalizationsGetToManyR
            elatedFieldsGameCenterActivityImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
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
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityLocalizationsResponse | None:
    """``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_activity_localizations (list[GameCenterActivityVersionsLocalizationsGet
            ToManyRelatedFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterActivityVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activity_images (list[GameCenterActivityVersionsLocalizationsGetToManyR
            elatedFieldsGameCenterActivityImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityLocalizationsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityLocalizationsResponse]:
    """``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_activity_localizations (list[GameCenterActivityVersionsLocalizationsGet
            ToManyRelatedFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterActivityVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activity_images (list[GameCenterActivityVersionsLocalizationsGetToManyR
            elatedFieldsGameCenterActivityImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_localizations=fields_game_center_activity_localizations,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        fields_game_center_activity_images=fields_game_center_activity_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_localizations: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_images: list[
        GameCenterActivityVersionsLocalizationsGetToManyRelatedFieldsGameCenterActivityImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityLocalizationsResponse | None:
    """``GET /v1/gameCenterActivityVersions/{id}/localizations`` (gameCenterActivityVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenteractivityversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_activity_localizations (list[GameCenterActivityVersionsLocalizationsGet
            ToManyRelatedFieldsGameCenterActivityLocalizationsItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterActivityVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterActivityVersionsItem] | Unset):
        fields_game_center_activity_images (list[GameCenterActivityVersionsLocalizationsGetToManyR
            elatedFieldsGameCenterActivityImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterActivityVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_activity_localizations=fields_game_center_activity_localizations,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            fields_game_center_activity_images=fields_game_center_activity_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityLocalizationsResponse] = GameCenterActivityLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_activity_localization import GameCenterActivityLocalization

ITEM_TYPE: type[GameCenterActivityLocalization] = GameCenterActivityLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
