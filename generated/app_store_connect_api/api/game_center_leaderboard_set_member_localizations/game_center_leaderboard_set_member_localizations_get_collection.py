from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_set_member_localizations_get_collection_fields_game_center_leaderboard_set_member_localizations_item import (
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem,
    )
    from ...models.game_center_leaderboard_set_member_localizations_get_collection_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_set_member_localizations_get_collection_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboard_set_member_localizations_get_collection_include_item import (
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_set_member_localizations_response import (
    GameCenterLeaderboardSetMemberLocalizationsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_game_center_leaderboard_set: list[str],
    filter_game_center_leaderboard: list[str],
    fields_game_center_leaderboard_set_member_localizations: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[gameCenterLeaderboardSet]",
        "filter_game_center_leaderboard_set",
        filter_game_center_leaderboard_set,
        str,
    )
    _params.query_list(
        params,
        "filter[gameCenterLeaderboard]",
        "filter_game_center_leaderboard",
        filter_game_center_leaderboard,
        str,
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetMemberLocalizations]",
        "fields_game_center_leaderboard_set_member_localizations",
        fields_game_center_leaderboard_set_member_localizations,
        "GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterLeaderboardSetMemberLocalizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetMemberLocalizationsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_leaderboard_set: list[str],
    filter_game_center_leaderboard: list[str],
    fields_game_center_leaderboard_set_member_localizations: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]:
    """``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations


    Args:
        filter_game_center_leaderboard_set (list[str]):
        filter_game_center_leaderboard (list[str]):
        fields_game_center_leaderboard_set_member_localizations (list[GameCenterLeaderboardSetMemb
            erLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetMemberLocalizationsGetCo
            llectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetMemberLocalizationsGetCollec
            tionFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_set_member_localizations=fields_game_center_leaderboard_set_member_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_leaderboard_set: list[str],
    filter_game_center_leaderboard: list[str],
    fields_game_center_leaderboard_set_member_localizations: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse | None:
    """``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations


    Args:
        filter_game_center_leaderboard_set (list[str]):
        filter_game_center_leaderboard (list[str]):
        fields_game_center_leaderboard_set_member_localizations (list[GameCenterLeaderboardSetMemb
            erLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetMemberLocalizationsGetCo
            llectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetMemberLocalizationsGetCollec
            tionFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse

    """

    return sync_detailed(
        client=client,
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_set_member_localizations=fields_game_center_leaderboard_set_member_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_leaderboard_set: list[str],
    filter_game_center_leaderboard: list[str],
    fields_game_center_leaderboard_set_member_localizations: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]:
    """``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations


    Args:
        filter_game_center_leaderboard_set (list[str]):
        filter_game_center_leaderboard (list[str]):
        fields_game_center_leaderboard_set_member_localizations (list[GameCenterLeaderboardSetMemb
            erLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetMemberLocalizationsGetCo
            llectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetMemberLocalizationsGetCollec
            tionFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]

    """

    kwargs = _get_kwargs(
        filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
        filter_game_center_leaderboard=filter_game_center_leaderboard,
        fields_game_center_leaderboard_set_member_localizations=fields_game_center_leaderboard_set_member_localizations,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_game_center_leaderboard_set: list[str],
    filter_game_center_leaderboard: list[str],
    fields_game_center_leaderboard_set_member_localizations: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetMemberLocalizationsGetCollectionFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse | None:
    """``GET /v1/gameCenterLeaderboardSetMemberLocalizations`` (gameCenterLeaderboardSetMemberLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsetmemberlocalizations


    Args:
        filter_game_center_leaderboard_set (list[str]):
        filter_game_center_leaderboard (list[str]):
        fields_game_center_leaderboard_set_member_localizations (list[GameCenterLeaderboardSetMemb
            erLocalizationsGetCollectionFieldsGameCenterLeaderboardSetMemberLocalizationsItem] |
            Unset):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetMemberLocalizationsGetCo
            llectionFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetMemberLocalizationsGetCollec
            tionFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterLeaderboardSetMemberLocalizationsGetCollectionIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_game_center_leaderboard_set=filter_game_center_leaderboard_set,
            filter_game_center_leaderboard=filter_game_center_leaderboard,
            fields_game_center_leaderboard_set_member_localizations=fields_game_center_leaderboard_set_member_localizations,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetMemberLocalizationsResponse] = (
    GameCenterLeaderboardSetMemberLocalizationsResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_set_member_localization import (
    GameCenterLeaderboardSetMemberLocalization,
)

ITEM_TYPE: type[GameCenterLeaderboardSetMemberLocalization] = GameCenterLeaderboardSetMemberLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetMemberLocalizationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
