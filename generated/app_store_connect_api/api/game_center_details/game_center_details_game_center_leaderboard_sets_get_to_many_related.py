from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_groups_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_leaderboard_set_releases_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_leaderboard_sets_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_game_center_leaderboard_sets_get_to_many_related_include_item import (
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_leaderboard_sets_response import GameCenterLeaderboardSetsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
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
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(
        params,
        "limit[gameCenterLeaderboards]",
        "limit_game_center_leaderboards",
        limit_game_center_leaderboards,
        int,
    )
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/gameCenterLeaderboardSets".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterLeaderboardSetsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterLeaderboardSetsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterLeaderboardSetsResponse]:
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
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetsResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardSetsGetToM
            anyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelate
            dFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelated
            FieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterDetailsGameCenterLeaderbo
            ardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyR
            elatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsGameCenterLeaderboardSe
            tsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
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
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetsResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardSetsGetToM
            anyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelate
            dFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelated
            FieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterDetailsGameCenterLeaderbo
            ardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyR
            elatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsGameCenterLeaderboardSe
            tsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_leaderboard_sets: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetsResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardSetsGetToM
            anyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelate
            dFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelated
            FieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterDetailsGameCenterLeaderbo
            ardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyR
            elatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsGameCenterLeaderboardSe
            tsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterLeaderboardSetsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_id=filter_id,
        fields_game_center_leaderboard_sets=fields_game_center_leaderboard_sets,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_releases=limit_releases,
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
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetsResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets`` (gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_leaderboard_sets (list[GameCenterDetailsGameCenterLeaderboardSetsGetToM
            anyRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelate
            dFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelated
            FieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterDetailsGameCenterLeaderbo
            ardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyR
            elatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterDetailsGameCenterLeaderboardSe
            tsGetToManyRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterLeaderboardSetsResponse

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
            fields_game_center_leaderboard_set_localizations=fields_game_center_leaderboard_set_localizations,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            fields_game_center_leaderboard_set_releases=fields_game_center_leaderboard_set_releases,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterLeaderboardSetsResponse] = GameCenterLeaderboardSetsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_leaderboard_set import GameCenterLeaderboardSet

ITEM_TYPE: type[GameCenterLeaderboardSet] = GameCenterLeaderboardSet
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterLeaderboardSetsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
