from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clip_advanced_experiences_get_instance_fields_app_clip_advanced_experience_images_item import (
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem,
    )
    from ...models.app_clip_advanced_experiences_get_instance_fields_app_clip_advanced_experience_localizations_item import (
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem,
    )
    from ...models.app_clip_advanced_experiences_get_instance_fields_app_clip_advanced_experiences_item import (
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem,
    )
    from ...models.app_clip_advanced_experiences_get_instance_fields_app_clips_item import (
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem,
    )
    from ...models.app_clip_advanced_experiences_get_instance_include_item import (
        AppClipAdvancedExperiencesGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_advanced_experience_response import AppClipAdvancedExperienceResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_clip_advanced_experiences: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appClipAdvancedExperiences]",
        "fields_app_clip_advanced_experiences",
        fields_app_clip_advanced_experiences,
        "AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem",
    )
    _params.query_list(
        params,
        "fields[appClipAdvancedExperienceImages]",
        "fields_app_clip_advanced_experience_images",
        fields_app_clip_advanced_experience_images,
        "AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem",
    )
    _params.query_list(
        params,
        "fields[appClipAdvancedExperienceLocalizations]",
        "fields_app_clip_advanced_experience_localizations",
        fields_app_clip_advanced_experience_localizations,
        "AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppClipAdvancedExperiencesGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appClipAdvancedExperiences/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipAdvancedExperienceResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipAdvancedExperienceResponse.from_dict(response.json())

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
) -> Response[AppClipAdvancedExperienceResponse | ErrorResponse]:
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
    fields_app_clip_advanced_experiences: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppClipAdvancedExperienceResponse | ErrorResponse]:
    """``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_


    Args:
        id (str):
        fields_app_clip_advanced_experiences
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem] |
            Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipAdvancedExperiencesGetInsta
            nceFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        include (list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipAdvancedExperienceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_advanced_experiences: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppClipAdvancedExperienceResponse | ErrorResponse | None:
    """``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_


    Args:
        id (str):
        fields_app_clip_advanced_experiences
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem] |
            Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipAdvancedExperiencesGetInsta
            nceFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        include (list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipAdvancedExperienceResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        include=include,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_advanced_experiences: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppClipAdvancedExperienceResponse | ErrorResponse]:
    """``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_


    Args:
        id (str):
        fields_app_clip_advanced_experiences
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem] |
            Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipAdvancedExperiencesGetInsta
            nceFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        include (list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipAdvancedExperienceResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clip_advanced_experiences: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    include: list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppClipAdvancedExperienceResponse | ErrorResponse | None:
    """``GET /v1/appClipAdvancedExperiences/{id}`` (appClipAdvancedExperiences_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipadvancedexperiences-_id_


    Args:
        id (str):
        fields_app_clip_advanced_experiences
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images
            (list[AppClipAdvancedExperiencesGetInstanceFieldsAppClipAdvancedExperienceImagesItem] |
            Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipAdvancedExperiencesGetInsta
            nceFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        include (list[AppClipAdvancedExperiencesGetInstanceIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipAdvancedExperienceResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
            fields_app_clips=fields_app_clips,
            fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
            fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
            include=include,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipAdvancedExperienceResponse] = AppClipAdvancedExperienceResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipAdvancedExperienceResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
