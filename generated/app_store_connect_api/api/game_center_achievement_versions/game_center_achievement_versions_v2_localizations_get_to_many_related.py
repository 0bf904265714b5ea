from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievement_versions_v2_localizations_get_to_many_related_fields_game_center_achievement_images_item import (
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem,
    )
    from ...models.game_center_achievement_versions_v2_localizations_get_to_many_related_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievement_versions_v2_localizations_get_to_many_related_fields_game_center_achievement_versions_item import (
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.game_center_achievement_versions_v2_localizations_get_to_many_related_include_item import (
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_localizations_v2_response import (
    GameCenterAchievementLocalizationsV2Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementImages]",
        "fields_game_center_achievement_images",
        fields_game_center_achievement_images,
        "GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterAchievementVersions/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementLocalizationsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementLocalizationsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]:
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
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]:
    """``GET /v2/gameCenterAchievementVersions/{id}/localizations`` (gameCenterAchievementVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
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
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationsV2Response | None:
    """``GET /v2/gameCenterAchievementVersions/{id}/localizations`` (gameCenterAchievementVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]:
    """``GET /v2/gameCenterAchievementVersions/{id}/localizations`` (gameCenterAchievementVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationsV2Response | None:
    """``GET /v2/gameCenterAchievementVersions/{id}/localizations`` (gameCenterAchievementVersionsV2_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementversions-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementVersionsV2Localiza
            tionsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementVersionsV2Localizations
            GetToManyRelatedFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementVersionsV2LocalizationsGe
            tToManyRelatedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementVersionsV2LocalizationsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            fields_game_center_achievement_images=fields_game_center_achievement_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementLocalizationsV2Response] = (
    GameCenterAchievementLocalizationsV2Response
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_achievement_localization_v2 import GameCenterAchievementLocalizationV2

ITEM_TYPE: type[GameCenterAchievementLocalizationV2] = GameCenterAchievementLocalizationV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
