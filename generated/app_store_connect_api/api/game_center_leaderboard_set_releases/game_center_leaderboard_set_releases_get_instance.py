from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_set_releases_get_instance_fields_game_center_details_item import (
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboard_set_releases_get_instance_fields_game_center_leaderboard_set_releases_item import (
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_leaderboard_set_releases_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_set_releases_get_instance_include_item import (
        GameCenterLeaderboardSetReleasesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_release_response import GameCenterLeaderboardSetReleaseResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterLeaderboardSetReleasesGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboardSetReleases/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetReleaseResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetReleaseResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]:
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
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]:
    """``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetReleasesGetInsta
            nceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem] |
            Unset):
        include (list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
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
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetReleaseResponse | None:
    """``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetReleasesGetInsta
            nceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem] |
            Unset):
        include (list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetReleaseResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]:
    """``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetReleasesGetInsta
            nceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem] |
            Unset):
        include (list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetReleaseResponse | None:
    """``GET /v1/gameCenterLeaderboardSetReleases/{id}`` (gameCenterLeaderboardSetReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetreleases-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetReleasesGetInsta
            nceFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetsItem] |
            Unset):
        include (list[GameCenterLeaderboardSetReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetReleaseResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetReleaseResponse] = GameCenterLeaderboardSetReleaseResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleaseResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
