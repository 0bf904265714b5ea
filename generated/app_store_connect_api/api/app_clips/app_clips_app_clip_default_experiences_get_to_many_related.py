from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_fields_app_clip_app_store_review_details_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem,
    )
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_fields_app_clip_default_experience_localizations_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem,
    )
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_fields_app_clip_default_experiences_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_fields_app_clips_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem,
    )
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_fields_app_store_versions_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.app_clips_app_clip_default_experiences_get_to_many_related_include_item import (
        AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_default_experiences_response import AppClipDefaultExperiencesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    exists_release_with_app_store_version: bool | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_value(
        params,
        "exists[releaseWithAppStoreVersion]",
        "exists_release_with_app_store_version",
        exists_release_with_app_store_version,
        bool,
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperienceLocalizations]",
        "fields_app_clip_default_experience_localizations",
        fields_app_clip_default_experience_localizations,
        "AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appClipAppStoreReviewDetails]",
        "fields_app_clip_app_store_review_details",
        fields_app_clip_app_store_review_details,
        "AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem"
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
        "url": "/v1/appClips/{id}/appClipDefaultExperiences".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipDefaultExperiencesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipDefaultExperiencesResponse.from_dict(response.json())

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
) -> Response[AppClipDefaultExperiencesResponse | ErrorResponse]:
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
    exists_release_with_app_store_version: bool | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> Response[AppClipDefaultExperiencesResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences


    Args:
        id (str):
        exists_release_with_app_store_version (bool | Unset):
        fields_app_clip_default_experiences (list[AppClipsAppClipDefaultExperiencesGetToManyRelate
            dFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_clip_default_experience_localizations (list[AppClipsAppClipDefaultExperiencesGe
            tToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem] | Unset):
        fields_app_clip_app_store_review_details (list[AppClipsAppClipDefaultExperiencesGetToManyR
            elatedFieldsAppClipAppStoreReviewDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperiencesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        exists_release_with_app_store_version=exists_release_with_app_store_version,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        limit=limit,
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
    exists_release_with_app_store_version: bool | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> AppClipDefaultExperiencesResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences


    Args:
        id (str):
        exists_release_with_app_store_version (bool | Unset):
        fields_app_clip_default_experiences (list[AppClipsAppClipDefaultExperiencesGetToManyRelate
            dFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_clip_default_experience_localizations (list[AppClipsAppClipDefaultExperiencesGe
            tToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem] | Unset):
        fields_app_clip_app_store_review_details (list[AppClipsAppClipDefaultExperiencesGetToManyR
            elatedFieldsAppClipAppStoreReviewDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperiencesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        exists_release_with_app_store_version=exists_release_with_app_store_version,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        limit=limit,
        include=include,
        limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exists_release_with_app_store_version: bool | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> Response[AppClipDefaultExperiencesResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences


    Args:
        id (str):
        exists_release_with_app_store_version (bool | Unset):
        fields_app_clip_default_experiences (list[AppClipsAppClipDefaultExperiencesGetToManyRelate
            dFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_clip_default_experience_localizations (list[AppClipsAppClipDefaultExperiencesGe
            tToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem] | Unset):
        fields_app_clip_app_store_review_details (list[AppClipsAppClipDefaultExperiencesGetToManyR
            elatedFieldsAppClipAppStoreReviewDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperiencesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        exists_release_with_app_store_version=exists_release_with_app_store_version,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
        limit=limit,
        include=include,
        limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    exists_release_with_app_store_version: bool | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_app_store_review_details: list[
        AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipAppStoreReviewDetailsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experience_localizations: int | Unset = UNSET,
) -> AppClipDefaultExperiencesResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}/appClipDefaultExperiences`` (appClips_appClipDefaultExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipdefaultexperiences


    Args:
        id (str):
        exists_release_with_app_store_version (bool | Unset):
        fields_app_clip_default_experiences (list[AppClipsAppClipDefaultExperiencesGetToManyRelate
            dFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_store_versions
            (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedFieldsAppStoreVersionsItem] |
            Unset):
        fields_app_clip_default_experience_localizations (list[AppClipsAppClipDefaultExperiencesGe
            tToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem] | Unset):
        fields_app_clip_app_store_review_details (list[AppClipsAppClipDefaultExperiencesGetToManyR
            elatedFieldsAppClipAppStoreReviewDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipDefaultExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experience_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperiencesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            exists_release_with_app_store_version=exists_release_with_app_store_version,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            fields_app_clips=fields_app_clips,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
            fields_app_clip_app_store_review_details=fields_app_clip_app_store_review_details,
            limit=limit,
            include=include,
            limit_app_clip_default_experience_localizations=limit_app_clip_default_experience_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipDefaultExperiencesResponse] = AppClipDefaultExperiencesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_clip_default_experience import AppClipDefaultExperience

ITEM_TYPE: type[AppClipDefaultExperience] = AppClipDefaultExperience
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipDefaultExperiencesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
