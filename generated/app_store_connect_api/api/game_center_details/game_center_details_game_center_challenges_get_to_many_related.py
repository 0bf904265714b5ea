from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_game_center_challenges_get_to_many_related_fields_game_center_challenge_versions_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_details_game_center_challenges_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_details_game_center_challenges_get_to_many_related_fields_game_center_details_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem,
    )
    from ...models.game_center_details_game_center_challenges_get_to_many_related_fields_game_center_groups_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem,
    )
    from ...models.game_center_details_game_center_challenges_get_to_many_related_fields_game_center_leaderboards_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem,
    )
    from ...models.game_center_details_game_center_challenges_get_to_many_related_include_item import (
        GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenges_response import GameCenterChallengesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[referenceName]", "filter_reference_name", filter_reference_name, str)
    _params.query_list(params, "filter[archived]", "filter_archived", filter_archived, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterGroups]",
        "fields_game_center_groups",
        fields_game_center_groups,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterLeaderboards]",
        "fields_game_center_leaderboards",
        fields_game_center_leaderboards,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[versions]", "limit_versions", limit_versions, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/gameCenterChallenges".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengesResponse]:
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
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengesResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsGameCenterChallengesGetToMany
            RelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterChallengesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
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
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsGameCenterChallengesGetToMany
            RelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterChallengesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
        limit_versions=limit_versions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengesResponse]:
    """``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsGameCenterChallengesGetToMany
            RelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterChallengesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_reference_name=filter_reference_name,
        filter_archived=filter_archived,
        filter_id=filter_id,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_details=fields_game_center_details,
        fields_game_center_groups=fields_game_center_groups,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_leaderboards=fields_game_center_leaderboards,
        limit=limit,
        include=include,
        limit_versions=limit_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_reference_name: list[str] | Unset = UNSET,
    filter_archived: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_details: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem
    ]
    | Unset = UNSET,
    fields_game_center_groups: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_leaderboards: list[
        GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterLeaderboardsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_versions: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/gameCenterChallenges`` (gameCenterDetails_gameCenterChallenges_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges


    Args:
        id (str):
        filter_reference_name (list[str] | Unset):
        filter_archived (list[str] | Unset):
        filter_id (list[str] | Unset):
        fields_game_center_challenges
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterChallengesItem]
            | Unset):
        fields_game_center_details
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterDetailsItem] |
            Unset):
        fields_game_center_groups
            (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedFieldsGameCenterGroupsItem] |
            Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsGameCenterChallengesGetToMany
            RelatedFieldsGameCenterChallengeVersionsItem] | Unset):
        fields_game_center_leaderboards (list[GameCenterDetailsGameCenterChallengesGetToManyRelate
            dFieldsGameCenterLeaderboardsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem] | Unset):
        limit_versions (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_reference_name=filter_reference_name,
            filter_archived=filter_archived,
            filter_id=filter_id,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_details=fields_game_center_details,
            fields_game_center_groups=fields_game_center_groups,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            fields_game_center_leaderboards=fields_game_center_leaderboards,
            limit=limit,
            include=include,
            limit_versions=limit_versions,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengesResponse] = GameCenterChallengesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_challenge import GameCenterChallenge

ITEM_TYPE: type[GameCenterChallenge] = GameCenterChallenge
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
