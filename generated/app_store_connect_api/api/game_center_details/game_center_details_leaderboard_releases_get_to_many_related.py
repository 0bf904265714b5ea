from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_leaderboard_releases_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_leaderboard_releases_get_to_many_related_fields_game_center_leaderboard_releases_item import (
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem,
    )
    from ...models.game_center_details_leaderboard_releases_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_leaderboard_releases_get_to_many_related_include_item import (
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_releases_response import GameCenterLeaderboardReleasesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[live]", "filter_live", filter_live, str)
    _params.query_list(
        params,
        "filter[gameCenterLeaderboard]",
        "filter_game_center_leaderboard",
        filter_game_center_leaderboard,
        str,
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardReleases]",
        "fields_game_center_leaderboard_releases",
        fields_game_center_leaderboard_releases,
        "GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/leaderboardReleases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardReleasesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardReleasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]:
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
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard (list[str] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterDetailsLeaderboardReleasesGetToMan
            yRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsLeaderboardReleasesGetToManyRelated
            FieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_live=filter_live,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
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
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard (list[str] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterDetailsLeaderboardReleasesGetToMan
            yRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsLeaderboardReleasesGetToManyRelated
            FieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardReleasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_live=filter_live,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard (list[str] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterDetailsLeaderboardReleasesGetToMan
            yRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsLeaderboardReleasesGetToManyRelated
            FieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_live=filter_live,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_releases: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/leaderboardReleases`` (gameCenterDetails_leaderboardReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard (list[str] | Unset):
        fields_game_center_leaderboard_releases (list[GameCenterDetailsLeaderboardReleasesGetToMan
            yRelatedFieldsGameCenterLeaderboardReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsLeaderboardReleasesGetToManyRelated
            FieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardReleasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_live=filter_live,
            filter_game_center_leaderboard=filter_game_center_leaderboard,
            fields_game_center_leaderboard_releases=fields_game_center_leaderboard_releases,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardReleasesResponse] = GameCenterLeaderboardReleasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_release import GameCenterLeaderboardRelease

ITEM_TYPE: type[GameCenterLeaderboardRelease] = GameCenterLeaderboardRelease
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardReleasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
