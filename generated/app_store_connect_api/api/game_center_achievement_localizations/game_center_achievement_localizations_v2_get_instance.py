from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievement_localizations_v2_get_instance_fields_game_center_achievement_images_item import (
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem,
    )
    from ...models.game_center_achievement_localizations_v2_get_instance_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievement_localizations_v2_get_instance_fields_game_center_achievement_versions_item import (
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem,
    )
    from ...models.game_center_achievement_localizations_v2_get_instance_include_item import (
        GameCenterAchievementLocalizationsV2GetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_localization_v2_response import (
    GameCenterAchievementLocalizationV2Response,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementVersions]",
        "fields_game_center_achievement_versions",
        fields_game_center_achievement_versions,
        "GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementImages]",
        "fields_game_center_achievement_images",
        fields_game_center_achievement_images,
        "GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterAchievementLocalizationsV2GetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/gameCenterAchievementLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementLocalizationV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementLocalizationV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]:
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
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]:
    """``GET /v2/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsV2Get
            InstanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementLocalizationsV2GetInsta
            nceFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsV2GetInstanc
            eFieldsGameCenterAchievementImagesItem] | Unset):
        include (list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
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
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationV2Response | None:
    """``GET /v2/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsV2Get
            InstanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementLocalizationsV2GetInsta
            nceFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsV2GetInstanc
            eFieldsGameCenterAchievementImagesItem] | Unset):
        include (list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]:
    """``GET /v2/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsV2Get
            InstanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementLocalizationsV2GetInsta
            nceFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsV2GetInstanc
            eFieldsGameCenterAchievementImagesItem] | Unset):
        include (list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievement_versions=fields_game_center_achievement_versions,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_versions: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementLocalizationsV2GetInstanceFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationV2Response | None:
    """``GET /v2/gameCenterAchievementLocalizations/{id}`` (gameCenterAchievementLocalizationsV2_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v2-gamecenterachievementlocalizations-_id_


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementLocalizationsV2Get
            InstanceFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievement_versions (list[GameCenterAchievementLocalizationsV2GetInsta
            nceFieldsGameCenterAchievementVersionsItem] | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementLocalizationsV2GetInstanc
            eFieldsGameCenterAchievementImagesItem] | Unset):
        include (list[GameCenterAchievementLocalizationsV2GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievement_versions=fields_game_center_achievement_versions,
            fields_game_center_achievement_images=fields_game_center_achievement_images,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementLocalizationV2Response] = GameCenterAchievementLocalizationV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementLocalizationV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
