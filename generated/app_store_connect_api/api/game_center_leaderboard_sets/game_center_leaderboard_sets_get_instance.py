from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_details_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_groups_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_leaderboard_set_releases_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboard_sets_get_instance_include_item import (
        GameCenterLeaderboardSetsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_response import GameCenterLeaderboardSetResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterLeaderboardSetsGetInstanceIncludeItem"
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboards]",
        "limit_game_center_leaderboards",
        limit_game_center_leaderboards,
        int,
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboardSets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
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
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
    """``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        include (list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetResponse | None:
    """``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        include (list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
    """``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        include (list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem]
    | Unset = UNSET,
    fields_game_center_groups: list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetResponse | None:
    """``GET /v1/gameCenterLeaderboardSets/{id}`` (gameCenterLeaderboardSets_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_


    Args:
        id (str):
        fields_game_center_leaderboard_sets
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem]
            | Unset):
        fields_game_center_leaderboards
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases
            (list[GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem] |
            Unset):
        include (list[GameCenterLeaderboardSetsGetInstanceIncludeItem] | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
            include=include,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetResponse] = GameCenterLeaderboardSetResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
