from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clip_default_experiences_get_instance_fields_app_clip_app_store_review_details_item import (
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem,
    )
    from ...models.app_clip_default_experiences_get_instance_fields_app_clip_default_experience_localizations_item import (
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem,
    )
    from ...models.app_clip_default_experiences_get_instance_fields_app_clip_default_experiences_item import (
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.app_clip_default_experiences_get_instance_fields_app_clips_item import (
        AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem,
    )
    from ...models.app_clip_default_experiences_get_instance_fields_app_store_versions_item import (
        AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.app_clip_default_experiences_get_instance_include_item import (
        AppClipDefaultExperiencesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_default_experience_response import AppClipDefaultExperienceResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    include: list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperienceLocalizations]",
        "fields_app_clip_default_experience_localizations",
        fields_app_clip_default_experience_localizations,
        "AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appClipAppStoreReviewDetails]",
        "fields_app_clip_app_store_review_details",
        fields_app_clip_app_store_review_details,
        "AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppClipDefaultExperiencesGetInstanceIncludeItem"
    )
    _params.query_value(
        params,
        "limit[appClipDefaultExperienceLocalizations]",
        "limit_app_clip_default_experience_localizations",
        limit_app_clip_default_experience_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appClipDefaultExperiences/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipDefaultExperienceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipDefaultExperienceResponse.from_dict(response.json())

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
) -> Response[AppClipDefaultExperienceResponse | ErrorResponse]:
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
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    include: list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> Response[AppClipDefaultExperienceResponse | ErrorResponse]:
    """``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_


    Args:
        id (str):
        fields_app_clip_default_experiences
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_clip_default_experience_localizations
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem]
            | Unset):
        fields_app_clip_app_store_review_details
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem] |
            Unset):
        include (list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperienceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        include=include,
        limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    include: list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> AppClipDefaultExperienceResponse | ErrorResponse | None:
    """``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_


    Args:
        id (str):
        fields_app_clip_default_experiences
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_clip_default_experience_localizations
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem]
            | Unset):
        fields_app_clip_app_store_review_details
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem] |
            Unset):
        include (list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperienceResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        include=include,
        limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    include: list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> Response[AppClipDefaultExperienceResponse | ErrorResponse]:
    """``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_


    Args:
        id (str):
        fields_app_clip_default_experiences
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_clip_default_experience_localizations
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem]
            | Unset):
        fields_app_clip_app_store_review_details
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem] |
            Unset):
        include (list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperienceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        include=include,
        limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    include: list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> AppClipDefaultExperienceResponse | ErrorResponse | None:
    """``GET /v1/appClipDefaultExperiences/{id}`` (appClipDefaultExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_


    Args:
        id (str):
        fields_app_clip_default_experiences
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_clip_default_experience_localizations
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipDefaultExperienceLocalizationsItem]
            | Unset):
        fields_app_clip_app_store_review_details
            (list[AppClipDefaultExperiencesGetInstanceFieldsAppClipAppStoreReviewDetailsItem] |
            Unset):
        include (list[AppClipDefaultExperiencesGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperienceResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            fields_app_clips=fields_app_clips,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
            fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
            include=include,
            limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipDefaultExperienceResponse] = AppClipDefaultExperienceResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipDefaultExperienceResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
