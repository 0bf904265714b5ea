from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_fields_game_center_details_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_fields_game_center_groups_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_fields_game_center_leaderboard_set_versions_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem,
    )
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_groups_game_center_leaderboard_sets_v2_get_to_many_related_include_item import (
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_sets_v2_response import GameCenterLeaderboardSetsV2Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[referenceName]", "filter_reference_name", filter_reference_name, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetVersions]",
        "fields_game_center_leaderboard_set_versions",
        fields_game_center_leaderboard_set_versions,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem",
    )
    _params.query_value(
        params,
        "limit[gameCenterLeaderboards]",
        "limit_game_center_leaderboards",
        limit_game_center_leaderboards,
        int,
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetsV2Response | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetsV2Response.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]:
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetTo
            ManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToMany
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterGroupsGameCenterLeaderboardSet
            sV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        limit=limit,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_versions=limit_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetsV2Response | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetTo
            ManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToMany
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterGroupsGameCenterLeaderboardSet
            sV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetsV2Response

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        limit=limit,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetTo
            ManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToMany
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterGroupsGameCenterLeaderboardSet
            sV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
        limit=limit,
        include=include,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_versions: list[
        GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetsV2Response | None:
    """``GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2`` (gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetTo
            ManyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToMany
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_versions (list[GameCenterGroupsGameCenterLeaderboardSet
            sV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem] |
            Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetsV2Response

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_reference_name=filter_reference_name,
            filter_id=filter_id,
            fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_set_versions=fields_game_center_leaderboard_set_versions,
            limit=limit,
            include=include,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetsV2Response] = GameCenterLeaderboardSetsV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_set_v2 import GameCenterLeaderboardSetV2

ITEM_TYPE: type[GameCenterLeaderboardSetV2] = GameCenterLeaderboardSetV2
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetsV2Response]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
