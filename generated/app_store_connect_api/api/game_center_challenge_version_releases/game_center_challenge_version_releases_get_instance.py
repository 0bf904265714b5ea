from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_challenge_version_releases_get_instance_fields_game_center_challenge_version_releases_item import (
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.game_center_challenge_version_releases_get_instance_fields_game_center_challenge_versions_item import (
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_challenge_version_releases_get_instance_include_item import (
        GameCenterChallengeVersionReleasesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_version_release_response import GameCenterChallengeVersionReleaseResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params, "include", "include", include, "GameCenterChallengeVersionReleasesGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterChallengeVersionReleases/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeVersionReleaseResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeVersionReleaseResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]:
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
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]:
    """``GET /v1/gameCenterChallengeVersionReleases/{id}`` (gameCenterChallengeVersionReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterChallengeVersionReleasesGetI
            nstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem]
            | Unset):
        include (list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
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
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionReleaseResponse | None:
    """``GET /v1/gameCenterChallengeVersionReleases/{id}`` (gameCenterChallengeVersionReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterChallengeVersionReleasesGetI
            nstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem]
            | Unset):
        include (list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionReleaseResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]:
    """``GET /v1/gameCenterChallengeVersionReleases/{id}`` (gameCenterChallengeVersionReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterChallengeVersionReleasesGetI
            nstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem]
            | Unset):
        include (list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_versions: list[
        GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    include: list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionReleaseResponse | None:
    """``GET /v1/gameCenterChallengeVersionReleases/{id}`` (gameCenterChallengeVersionReleases_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallengeversionreleases-_id_


    Args:
        id (str):
        fields_game_center_challenge_version_releases (list[GameCenterChallengeVersionReleasesGetI
            nstanceFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_versions
            (list[GameCenterChallengeVersionReleasesGetInstanceFieldsGameCenterChallengeVersionsItem]
            | Unset):
        include (list[GameCenterChallengeVersionReleasesGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionReleaseResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeVersionReleaseResponse] = GameCenterChallengeVersionReleaseResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeVersionReleaseResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
