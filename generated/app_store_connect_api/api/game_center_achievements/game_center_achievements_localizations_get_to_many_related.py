from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_achievements_localizations_get_to_many_related_fields_game_center_achievement_images_item import (
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem,
    )
    from ...models.game_center_achievements_localizations_get_to_many_related_fields_game_center_achievement_localizations_item import (
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem,
    )
    from ...models.game_center_achievements_localizations_get_to_many_related_fields_game_center_achievements_item import (
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem,
    )
    from ...models.game_center_achievements_localizations_get_to_many_related_include_item import (
        GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_achievement_localizations_response import (
    GameCenterAchievementLocalizationsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterAchievementLocalizations]",
        "fields_game_center_achievement_localizations",
        fields_game_center_achievement_localizations,
        "GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievements]",
        "fields_game_center_achievements",
        fields_game_center_achievements,
        "GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAchievementImages]",
        "fields_game_center_achievement_images",
        fields_game_center_achievement_images,
        "GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterAchievements/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterAchievementLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterAchievementLocalizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]:
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
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]:
    """``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsLocalizationsGetT
            oManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem]
            | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementsLocalizationsGetToManyRe
            latedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
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
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationsResponse | None:
    """``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsLocalizationsGetT
            oManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem]
            | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementsLocalizationsGetToManyRe
            latedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
        fields_game_center_achievement_images=fields_game_center_achievement_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_achievement_localizations: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]:
    """``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsLocalizationsGetT
            oManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem]
            | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementsLocalizationsGetToManyRe
            latedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
        fields_game_center_achievements=fields_game_center_achievements,
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
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievements: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem
    ]
    | Unset = UNSET,
    fields_game_center_achievement_images: list[
        GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterAchievementLocalizationsResponse | None:
    """``GET /v1/gameCenterAchievements/{id}/localizations`` (gameCenterAchievements_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterachievements-_id_-localizations


    Args:
        id (str):
        fields_game_center_achievement_localizations (list[GameCenterAchievementsLocalizationsGetT
            oManyRelatedFieldsGameCenterAchievementLocalizationsItem] | Unset):
        fields_game_center_achievements
            (list[GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementsItem]
            | Unset):
        fields_game_center_achievement_images (list[GameCenterAchievementsLocalizationsGetToManyRe
            latedFieldsGameCenterAchievementImagesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterAchievementLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_achievement_localizations=fields_game_center_achievement_localizations,
            fields_game_center_achievements=fields_game_center_achievements,
            fields_game_center_achievement_images=fields_game_center_achievement_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterAchievementLocalizationsResponse] = GameCenterAchievementLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_achievement_localization import GameCenterAchievementLocalization

ITEM_TYPE: type[GameCenterAchievementLocalization] = GameCenterAchievementLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterAchievementLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
