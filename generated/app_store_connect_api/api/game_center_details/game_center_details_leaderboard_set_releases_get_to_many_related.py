from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_leaderboard_set_releases_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_leaderboard_set_releases_get_to_many_related_fields_game_center_leaderboard_set_releases_item import (
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_details_leaderboard_set_releases_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_details_leaderboard_set_releases_get_to_many_related_include_item import (
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_releases_response import GameCenterLeaderboardSetReleasesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard_set: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[live]", "filter_live", filter_live, str)
    _params.query_list(
        params,
        "filter[gameCenterLeaderboardSet]",
        "filter_game_center_leaderboard_set",
        filter_game_center_leaderboard_set,
        str,
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/leaderboardSetReleases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetReleasesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetReleasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]:
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
    filter_game_center_leaderboard_set: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard_set (list[str] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsLeaderboardSetReleasesG
            etToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsLeaderboardSetReleasesGetToMany
            RelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_live=filter_live,
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
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
    filter_game_center_leaderboard_set: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard_set (list[str] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsLeaderboardSetReleasesG
            etToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsLeaderboardSetReleasesGetToMany
            RelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetReleasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_live=filter_live,
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_live: list[str] | Unset = UNSET,
    filter_game_center_leaderboard_set: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard_set (list[str] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsLeaderboardSetReleasesG
            etToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsLeaderboardSetReleasesGetToMany
            RelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_live=filter_live,
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
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
    filter_game_center_leaderboard_set: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/leaderboardSetReleases`` (gameCenterDetails_leaderboardSetReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases


    Args:
        id (str):
        filter_live (list[str] | Unset):
        filter_game_center_leaderboard_set (list[str] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsLeaderboardSetReleasesG
            etToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        fields_game_center_details
            (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedFieldsGameCenterDetailsItem]
            | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsLeaderboardSetReleasesGetToMany
            RelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsLeaderboardSetReleasesGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetReleasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_live=filter_live,
            filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
            fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetReleasesResponse] = GameCenterLeaderboardSetReleasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease

ITEM_TYPE: type[GameCenterLeaderboardSetRelease] = GameCenterLeaderboardSetRelease
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetReleasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
