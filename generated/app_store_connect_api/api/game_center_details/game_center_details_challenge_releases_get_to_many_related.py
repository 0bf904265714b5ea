from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_challenge_releases_get_to_many_related_fields_game_center_challenge_version_releases_item import (
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.game_center_details_challenge_releases_get_to_many_related_fields_game_center_challenge_versions_item import (
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_details_challenge_releases_get_to_many_related_include_item import (
        GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_version_releases_response import (
    GameCenterChallengeVersionReleasesResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/challengeReleases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeVersionReleasesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeVersionReleasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]:
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
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterDetailsChallengeReleasesGetT
            oManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsChallengeReleasesGetToManyRel
            atedFieldsGameCenterChallengeVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
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
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterDetailsChallengeReleasesGetT
            oManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsChallengeReleasesGetToManyRel
            atedFieldsGameCenterChallengeVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionReleasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterDetailsChallengeReleasesGetT
            oManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsChallengeReleasesGetToManyRel
            atedFieldsGameCenterChallengeVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_version_releases: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterDetailsChallengeReleasesGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/challengeReleases`` (gameCenterDetails_challengeReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterDetailsChallengeReleasesGetT
            oManyRelatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions (list[GameCenterDetailsChallengeReleasesGetToManyRel
            atedFieldsGameCenterChallengeVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsChallengeReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionReleasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeVersionReleasesResponse] = GameCenterChallengeVersionReleasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_challenge_version_release import GameCenterChallengeVersionRelease

ITEM_TYPE: type[GameCenterChallengeVersionRelease] = GameCenterChallengeVersionRelease
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeVersionReleasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
