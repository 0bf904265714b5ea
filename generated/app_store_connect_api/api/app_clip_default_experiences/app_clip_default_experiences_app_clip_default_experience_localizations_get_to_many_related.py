from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related_fields_app_clip_default_experience_localizations_item import (
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem,
    )
    from ...models.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related_fields_app_clip_default_experiences_item import (
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related_fields_app_clip_header_images_item import (
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem,
    )
    from ...models.app_clip_default_experiences_app_clip_default_experience_localizations_get_to_many_related_include_item import (
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_default_experience_localizations_response import (
    AppClipDefaultExperienceLocalizationsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clip_header_images: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(
        params,
        "fields[appClipDefaultExperienceLocalizations]",
        "fields_app_clip_default_experience_localizations",
        fields_app_clip_default_experience_localizations,
        "AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appClipHeaderImages]",
        "fields_app_clip_header_images",
        fields_app_clip_header_images,
        "AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipDefaultExperienceLocalizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipDefaultExperienceLocalizationsResponse.from_dict(response.json())

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
) -> Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]:
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
    filter_locale: list[str] | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clip_header_images: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_clip_default_experience_localizations (list[AppClipDefaultExperiencesAppClipDef
            aultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
            ] | Unset):
        fields_app_clip_default_experiences (list[AppClipDefaultExperiencesAppClipDefaultExperienc
            eLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clip_header_images (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocal
            izationsGetToManyRelatedFieldsAppClipHeaderImagesItem] | Unset):
        limit (int | Unset):
        include (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelat
            edIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clip_header_images=fields_app_clip_header_images,
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
    filter_locale: list[str] | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clip_header_images: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
) -> AppClipDefaultExperienceLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_clip_default_experience_localizations (list[AppClipDefaultExperiencesAppClipDef
            aultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
            ] | Unset):
        fields_app_clip_default_experiences (list[AppClipDefaultExperiencesAppClipDefaultExperienc
            eLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clip_header_images (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocal
            izationsGetToManyRelatedFieldsAppClipHeaderImagesItem] | Unset):
        limit (int | Unset):
        include (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelat
            edIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperienceLocalizationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_locale=filter_locale,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clip_header_images=fields_app_clip_header_images,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clip_header_images: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
) -> Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_clip_default_experience_localizations (list[AppClipDefaultExperiencesAppClipDef
            aultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
            ] | Unset):
        fields_app_clip_default_experiences (list[AppClipDefaultExperiencesAppClipDefaultExperienc
            eLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clip_header_images (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocal
            izationsGetToManyRelatedFieldsAppClipHeaderImagesItem] | Unset):
        limit (int | Unset):
        include (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelat
            edIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_locale=filter_locale,
        fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_clip_header_images=fields_app_clip_header_images,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    fields_app_clip_default_experience_localizations: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_clip_header_images: list[
        AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedFieldsAppClipHeaderImagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelatedIncludeItem]
    | Unset = UNSET,
) -> AppClipDefaultExperienceLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appClipDefaultExperiences/{id}/appClipDefaultExperienceLocalizations`` (appClipDefaultExperiences_appClipDefaultExperienceLocalizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclipdefaultexperiences-_id_-appclipdefaultexperiencelocalizations


    Args:
        id (str):
        filter_locale (list[str] | Unset):
        fields_app_clip_default_experience_localizations (list[AppClipDefaultExperiencesAppClipDef
            aultExperienceLocalizationsGetToManyRelatedFieldsAppClipDefaultExperienceLocalizationsItem
            ] | Unset):
        fields_app_clip_default_experiences (list[AppClipDefaultExperiencesAppClipDefaultExperienc
            eLocalizationsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_clip_header_images (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocal
            izationsGetToManyRelatedFieldsAppClipHeaderImagesItem] | Unset):
        limit (int | Unset):
        include (list[AppClipDefaultExperiencesAppClipDefaultExperienceLocalizationsGetToManyRelat
            edIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipDefaultExperienceLocalizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_locale=filter_locale,
            fields_app_clip_default_experience_localizations=fields_app_clip_default_experience_localizations,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            fields_app_clip_header_images=fields_app_clip_header_images,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipDefaultExperienceLocalizationsResponse] = (
    AppClipDefaultExperienceLocalizationsResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_clip_default_experience_localization import AppClipDefaultExperienceLocalization

ITEM_TYPE: type[AppClipDefaultExperienceLocalization] = AppClipDefaultExperienceLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipDefaultExperienceLocalizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
