from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_challenge_versions_localizations_get_to_many_related_fields_game_center_challenge_images_item import (
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem,
    )
    from ...models.game_center_challenge_versions_localizations_get_to_many_related_fields_game_center_challenge_localizations_item import (
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem,
    )
    from ...models.game_center_challenge_versions_localizations_get_to_many_related_fields_game_center_challenge_versions_item import (
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_challenge_versions_localizations_get_to_many_related_include_item import (
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_localizations_response import GameCenterChallengeLocalizationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterChallengeLocalizations]",
        "fields_game_center_challenge_localizations",
        fields_game_center_challenge_localizations,
        "GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeImages]",
        "fields_game_center_challenge_images",
        fields_game_center_challenge_images,
        "GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterChallengeVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeLocalizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]:
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
    fields_game_center_challenge_localizations: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]:
    """``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_challenge_localizations (list[GameCenterChallengeVersionsLocalizationsG
            etToManyRelatedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterChallengeVersionsLocalizationsGetToM
            anyRelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_challenge_images (list[GameCenterChallengeVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterChallengeImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
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
    fields_game_center_challenge_localizations: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeLocalizationsResponse | None:
    """``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_challenge_localizations (list[GameCenterChallengeVersionsLocalizationsG
            etToManyRelatedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterChallengeVersionsLocalizationsGetToM
            anyRelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_challenge_images (list[GameCenterChallengeVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterChallengeImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeLocalizationsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]:
    """``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_challenge_localizations (list[GameCenterChallengeVersionsLocalizationsG
            etToManyRelatedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterChallengeVersionsLocalizationsGetToM
            anyRelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_challenge_images (list[GameCenterChallengeVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterChallengeImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengeVersionsLocalizationsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeLocalizationsResponse | None:
    """``GET /v1/gameCenterChallengeVersions/{id}/localizations`` (gameCenterChallengeVersions_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_challenge_localizations (list[GameCenterChallengeVersionsLocalizationsG
            etToManyRelatedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterChallengeVersionsLocalizationsGetToM
            anyRelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_challenge_images (list[GameCenterChallengeVersionsLocalizationsGetToMan
            yRelatedFieldsGameCenterChallengeImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterChallengeVersionsLocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            fields_game_center_challenge_images=fields_game_center_challenge_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeLocalizationsResponse] = GameCenterChallengeLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_challenge_localization import GameCenterChallengeLocalization

ITEM_TYPE: type[GameCenterChallengeLocalization] = GameCenterChallengeLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
