from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_details_activity_releases_get_to_many_related_fields_game_center_activity_version_releases_item import (
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem,
    )
    from ...models.game_center_details_activity_releases_get_to_many_related_fields_game_center_activity_versions_item import (
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem,
    )
    from ...models.game_center_details_activity_releases_get_to_many_related_include_item import (
        GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_activity_version_releases_response import GameCenterActivityVersionReleasesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterActivityVersionReleases]",
        "fields_game_center_activity_version_releases",
        fields_game_center_activity_version_releases,
        "GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterActivityVersions]",
        "fields_game_center_activity_versions",
        fields_game_center_activity_versions,
        "GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterDetails/{id}/activityReleases".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterActivityVersionReleasesResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterActivityVersionReleasesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]:
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
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases


    Args:
        id (str):
        fields_game_center_activity_version_releases (list[GameCenterDetailsActivityReleasesGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsActivityReleasesGetToManyRelat
            edFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
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
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases


    Args:
        id (str):
        fields_game_center_activity_version_releases (list[GameCenterDetailsActivityReleasesGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsActivityReleasesGetToManyRelat
            edFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionReleasesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]:
    """``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases


    Args:
        id (str):
        fields_game_center_activity_version_releases (list[GameCenterDetailsActivityReleasesGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsActivityReleasesGetToManyRelat
            edFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
        fields_game_center_activity_versions=fields_game_center_activity_versions,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_activity_version_releases: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_activity_versions: list[
        GameCenterDetailsActivityReleasesGetToManyRelatedFieldsGameCenterActivityVersionsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GameCenterActivityVersionReleasesResponse | None:
    """``GET /v1/gameCenterDetails/{id}/activityReleases`` (gameCenterDetails_activityReleases_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases


    Args:
        id (str):
        fields_game_center_activity_version_releases (list[GameCenterDetailsActivityReleasesGetToM
            anyRelatedFieldsGameCenterActivityVersionReleasesItem] | Unset):
        fields_game_center_activity_versions (list[GameCenterDetailsActivityReleasesGetToManyRelat
            edFieldsGameCenterActivityVersionsItem] | Unset):
        limit (int | Unset):
        include (list[GameCenterDetailsActivityReleasesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterActivityVersionReleasesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_activity_version_releases=fields_game_center_activity_version_releases,
            fields_game_center_activity_versions=fields_game_center_activity_versions,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterActivityVersionReleasesResponse] = GameCenterActivityVersionReleasesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_activity_version_release import GameCenterActivityVersionRelease

ITEM_TYPE: type[GameCenterActivityVersionRelease] = GameCenterActivityVersionRelease
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterActivityVersionReleasesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
