from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_fields_app_clip_advanced_experience_images_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_fields_app_clip_advanced_experience_localizations_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_fields_app_clip_advanced_experiences_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_fields_app_clips_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_filter_action_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_filter_place_status_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_filter_status_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem,
    )
    from ...models.app_clips_app_clip_advanced_experiences_get_to_many_related_include_item import (
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_advanced_experiences_response import AppClipAdvancedExperiencesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] | Unset = UNSET,
    filter_place_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem]
    | Unset = UNSET,
    filter_action: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] | Unset = UNSET,
    fields_app_clip_advanced_experiences: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[status]",
        "filter_status",
        filter_status,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem",
    )
    _params.query_list(
        params,
        "filter[placeStatus]",
        "filter_place_status",
        filter_place_status,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem",
    )
    _params.query_list(
        params,
        "filter[action]",
        "filter_action",
        filter_action,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem",
    )
    _params.query_list(
        params,
        "fields[appClipAdvancedExperiences]",
        "fields_app_clip_advanced_experiences",
        fields_app_clip_advanced_experiences,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem",
    )
    _params.query_list(
        params,
        "fields[appClipAdvancedExperienceImages]",
        "fields_app_clip_advanced_experience_images",
        fields_app_clip_advanced_experience_images,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem",
    )
    _params.query_list(
        params,
        "fields[appClipAdvancedExperienceLocalizations]",
        "fields_app_clip_advanced_experience_localizations",
        fields_app_clip_advanced_experience_localizations,
        "AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem"
    )
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appClips/{id}/appClipAdvancedExperiences".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipAdvancedExperiencesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipAdvancedExperiencesResponse.from_dict(response.json())

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
) -> Response[AppClipAdvancedExperiencesResponse | ErrorResponse]:
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
    filter_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] | Unset = UNSET,
    filter_place_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem]
    | Unset = UNSET,
    filter_action: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] | Unset = UNSET,
    fields_app_clip_advanced_experiences: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppClipAdvancedExperiencesResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences


    Args:
        id (str):
        filter_status (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] |
            Unset):
        filter_place_status
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem] | Unset):
        filter_action (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] |
            Unset):
        fields_app_clip_advanced_experiences (list[AppClipsAppClipAdvancedExperiencesGetToManyRela
            tedFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images (list[AppClipsAppClipAdvancedExperiencesGetToMa
            nyRelatedFieldsAppClipAdvancedExperienceImagesItem] | Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipsAppClipAdvancedExperiences
            GetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipAdvancedExperiencesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_status=filter_status,
        filter_place_status=filter_place_status,
        filter_action=filter_action,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        limit=limit,
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
    filter_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] | Unset = UNSET,
    filter_place_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem]
    | Unset = UNSET,
    filter_action: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] | Unset = UNSET,
    fields_app_clip_advanced_experiences: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppClipAdvancedExperiencesResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences


    Args:
        id (str):
        filter_status (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] |
            Unset):
        filter_place_status
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem] | Unset):
        filter_action (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] |
            Unset):
        fields_app_clip_advanced_experiences (list[AppClipsAppClipAdvancedExperiencesGetToManyRela
            tedFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images (list[AppClipsAppClipAdvancedExperiencesGetToMa
            nyRelatedFieldsAppClipAdvancedExperienceImagesItem] | Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipsAppClipAdvancedExperiences
            GetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipAdvancedExperiencesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_status=filter_status,
        filter_place_status=filter_place_status,
        filter_action=filter_action,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] | Unset = UNSET,
    filter_place_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem]
    | Unset = UNSET,
    filter_action: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] | Unset = UNSET,
    fields_app_clip_advanced_experiences: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppClipAdvancedExperiencesResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences


    Args:
        id (str):
        filter_status (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] |
            Unset):
        filter_place_status
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem] | Unset):
        filter_action (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] |
            Unset):
        fields_app_clip_advanced_experiences (list[AppClipsAppClipAdvancedExperiencesGetToManyRela
            tedFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images (list[AppClipsAppClipAdvancedExperiencesGetToMa
            nyRelatedFieldsAppClipAdvancedExperienceImagesItem] | Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipsAppClipAdvancedExperiences
            GetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipAdvancedExperiencesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_status=filter_status,
        filter_place_status=filter_place_status,
        filter_action=filter_action,
        fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
        fields_app_clips=fields_app_clips,
        fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
        fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] | Unset = UNSET,
    filter_place_status: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem]
    | Unset = UNSET,
    filter_action: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] | Unset = UNSET,
    fields_app_clip_advanced_experiences: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clips: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_images: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceImagesItem
    ]
    | Unset = UNSET,
    fields_app_clip_advanced_experience_localizations: list[
        AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppClipAdvancedExperiencesResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}/appClipAdvancedExperiences`` (appClips_appClipAdvancedExperiences_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_-appclipadvancedexperiences


    Args:
        id (str):
        filter_status (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterStatusItem] |
            Unset):
        filter_place_status
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterPlaceStatusItem] | Unset):
        filter_action (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFilterActionItem] |
            Unset):
        fields_app_clip_advanced_experiences (list[AppClipsAppClipAdvancedExperiencesGetToManyRela
            tedFieldsAppClipAdvancedExperiencesItem] | Unset):
        fields_app_clips
            (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_app_clip_advanced_experience_images (list[AppClipsAppClipAdvancedExperiencesGetToMa
            nyRelatedFieldsAppClipAdvancedExperienceImagesItem] | Unset):
        fields_app_clip_advanced_experience_localizations (list[AppClipsAppClipAdvancedExperiences
            GetToManyRelatedFieldsAppClipAdvancedExperienceLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppClipsAppClipAdvancedExperiencesGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipAdvancedExperiencesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_status=filter_status,
            filter_place_status=filter_place_status,
            filter_action=filter_action,
            fields_app_clip_advanced_experiences=fields_app_clip_advanced_experiences,
            fields_app_clips=fields_app_clips,
            fields_app_clip_advanced_experience_images=fields_app_clip_advanced_experience_images,
            fields_app_clip_advanced_experience_localizations=fields_app_clip_advanced_experience_localizations,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipAdvancedExperiencesResponse] = AppClipAdvancedExperiencesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_clip_advanced_experience import AppClipAdvancedExperience

ITEM_TYPE: type[AppClipAdvancedExperience] = AppClipAdvancedExperience
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipAdvancedExperiencesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
