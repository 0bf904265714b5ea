from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_details_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_groups_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_leaderboard_set_localizations_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_leaderboard_set_releases_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_leaderboard_sets_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_fields_game_center_leaderboards_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_leaderboard_sets_group_leaderboard_set_get_to_one_related_include_item import (
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem,
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
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSets]",
        "fields_game_center_leaderboard_sets",
        fields_game_center_leaderboard_sets,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetLocalizations]",
        "fields_game_center_leaderboard_set_localizations",
        fields_game_center_leaderboard_set_localizations,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboardSetReleases]",
        "fields_game_center_leaderboard_set_releases",
        fields_game_center_leaderboard_set_releases,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem",
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
        "url": "/v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet".format(
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
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
    """``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset


    Args:
        id (str):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetT
            oOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetsGroupLeade
            rboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOne
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetsGroupLeaderboar
            dSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        include (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
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
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetResponse | None:
    """``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset


    Args:
        id (str):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetT
            oOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetsGroupLeade
            rboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOne
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetsGroupLeaderboar
            dSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        include (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
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
        limit_localizations=limit_localizations,
        limit_game_center_leaderboards=limit_game_center_leaderboards,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterLeaderboardSetResponse]:
    """``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset


    Args:
        id (str):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetT
            oOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetsGroupLeade
            rboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOne
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetsGroupLeaderboar
            dSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        include (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
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
    fields_game_center_leaderboard_sets: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_localizations: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboard_set_releases: list[
        GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem
    ]
    | Unset = UNSET,
    include: list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_game_center_leaderboards: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterLeaderboardSetResponse | None:
    """``GET /v1/gameCenterLeaderboardSets/{id}/groupLeaderboardSet`` (gameCenterLeaderboardSets_groupLeaderboardSet_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterleaderboardsets-_id_-groupleaderboardset


    Args:
        id (str):
        fields_game_center_leaderboard_sets (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetT
            oOneRelatedFieldsGameCenterLeaderboardSetsItem] | Unset):
        fields_game_center_details (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelat
            edFieldsGameCenterDetailsItem] | Unset):
        fields_game_center_groups (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelate
            dFieldsGameCenterGroupsItem] | Unset):
        fields_game_center_leaderboard_set_localizations (list[GameCenterLeaderboardSetsGroupLeade
            rboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOne
            RelatedFieldsGameCenterLeaderboardsItem] | Unset):
        fields_game_center_leaderboard_set_releases (list[GameCenterLeaderboardSetsGroupLeaderboar
            dSetGetToOneRelatedFieldsGameCenterLeaderboardSetReleasesItem] | Unset):
        include (list[GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedIncludeItem] |
            Unset):
        limit_localizations (int | Unset):
        limit_game_center_leaderboards (int | Unset):
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
            limit_localizations=limit_localizations,
            limit_game_center_leaderboards=limit_game_center_leaderboards,
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
