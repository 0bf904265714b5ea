from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.game_center_challenges_versions_get_to_many_related_fields_game_center_challenge_images_item import (
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem,
    )
    from ...models.game_center_challenges_versions_get_to_many_related_fields_game_center_challenge_localizations_item import (
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem,
    )
    from ...models.game_center_challenges_versions_get_to_many_related_fields_game_center_challenge_version_releases_item import (
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem,
    )
    from ...models.game_center_challenges_versions_get_to_many_related_fields_game_center_challenge_versions_item import (
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem,
    )
    from ...models.game_center_challenges_versions_get_to_many_related_fields_game_center_challenges_item import (
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem,
    )
    from ...models.game_center_challenges_versions_get_to_many_related_include_item import (
        GameCenterChallengesVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.game_center_challenge_versions_response import GameCenterChallengeVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersions]",
        "fields_game_center_challenge_versions",
        fields_game_center_challenge_versions,
        "GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallenges]",
        "fields_game_center_challenges",
        fields_game_center_challenges,
        "GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeLocalizations]",
        "fields_game_center_challenge_localizations",
        fields_game_center_challenge_localizations,
        "GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeVersionReleases]",
        "fields_game_center_challenge_version_releases",
        fields_game_center_challenge_version_releases,
        "GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterChallengeImages]",
        "fields_game_center_challenge_images",
        fields_game_center_challenge_images,
        "GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "GameCenterChallengesVersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)
    _params.query_value(params, "limit[releases]", "limit_releases", limit_releases, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/gameCenterChallenges/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GameCenterChallengeVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GameCenterChallengeVersionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GameCenterChallengeVersionsResponse]:
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
    fields_game_center_challenge_versions: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionsResponse]:
    """``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions


    Args:
        id (str):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_challenge_localizations (list[GameCenterChallengesVersionsGetToManyRela
            tedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterChallengesVersionsGetToManyR
            elatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_images
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
        limit=limit,
        include=include,
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
    fields_game_center_challenge_versions: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionsResponse | None:
    """``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions


    Args:
        id (str):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_challenge_localizations (list[GameCenterChallengesVersionsGetToManyRela
            tedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterChallengesVersionsGetToManyR
            elatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_images
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> Response[ErrorResponse | GameCenterChallengeVersionsResponse]:
    """``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions


    Args:
        id (str):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_challenge_localizations (list[GameCenterChallengesVersionsGetToManyRela
            tedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterChallengesVersionsGetToManyR
            elatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_images
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GameCenterChallengeVersionsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_game_center_challenge_versions=fields_game_center_challenge_versions,
        fields_game_center_challenges=fields_game_center_challenges,
        fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
        fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
        fields_game_center_challenge_images=fields_game_center_challenge_images,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
        limit_releases=limit_releases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_game_center_challenge_versions: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenges: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_localizations: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeLocalizationsItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_version_releases: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_challenge_images: list[
        GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
    limit_releases: int | Unset = UNSET,
) -> ErrorResponse | GameCenterChallengeVersionsResponse | None:
    """``GET /v1/gameCenterChallenges/{id}/versions`` (gameCenterChallenges_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterchallenges-_id_-versions


    Args:
        id (str):
        fields_game_center_challenge_versions
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeVersionsItem] |
            Unset):
        fields_game_center_challenges
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengesItem] |
            Unset):
        fields_game_center_challenge_localizations (list[GameCenterChallengesVersionsGetToManyRela
            tedFieldsGameCenterChallengeLocalizationsItem] | Unset):
        fields_game_center_challenge_version_releases (list[GameCenterChallengesVersionsGetToManyR
            elatedFieldsGameCenterChallengeVersionReleasesItem] | Unset):
        fields_game_center_challenge_images
            (list[GameCenterChallengesVersionsGetToManyRelatedFieldsGameCenterChallengeImagesItem] |
            Unset):
        limit (int | Unset):
        include (list[GameCenterChallengesVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):
        limit_releases (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GameCenterChallengeVersionsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_game_center_challenge_versions=fields_game_center_challenge_versions,
            fields_game_center_challenges=fields_game_center_challenges,
            fields_game_center_challenge_localizations=fields_game_center_challenge_localizations,
            fields_game_center_challenge_version_releases=fields_game_center_challenge_version_releases,
            fields_game_center_challenge_images=fields_game_center_challenge_images,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
            limit_releases=limit_releases,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[GameCenterChallengeVersionsResponse] = GameCenterChallengeVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.game_center_challenge_version import GameCenterChallengeVersion

ITEM_TYPE: type[GameCenterChallengeVersion] = GameCenterChallengeVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | GameCenterChallengeVersionsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
