from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_clips_get_instance_fields_app_clip_default_experiences_item import (
        AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.app_clips_get_instance_fields_app_clips_item import AppClipsGetInstanceFieldsAppClipsItem
    from ...models.app_clips_get_instance_fields_apps_item import AppClipsGetInstanceFieldsAppsItem
    from ...models.app_clips_get_instance_include_item import AppClipsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clip_response import AppClipResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_clips: list[AppClipsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppClipsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    include: list[AppClipsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppClipsGetInstanceFieldsAppClipsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppClipsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(params, "include", "include", include, "AppClipsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[appClipDefaultExperiences]",
        "limit_app_clip_default_experiences",
        limit_app_clip_default_experiences,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appClips/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipResponse.from_dict(response.json())

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
) -> Response[AppClipResponse | ErrorResponse]:
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
    fields_app_clips: list[AppClipsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppClipsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    include: list[AppClipsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> Response[AppClipResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}`` (appClips_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_


    Args:
        id (str):
        fields_app_clips (list[AppClipsGetInstanceFieldsAppClipsItem] | Unset):
        fields_apps (list[AppClipsGetInstanceFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        include (list[AppClipsGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        include=include,
        limit_app_clip_default_experiences=limit_app_clip_default_experiences,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clips: list[AppClipsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppClipsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    include: list[AppClipsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> AppClipResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}`` (appClips_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_


    Args:
        id (str):
        fields_app_clips (list[AppClipsGetInstanceFieldsAppClipsItem] | Unset):
        fields_apps (list[AppClipsGetInstanceFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        include (list[AppClipsGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        include=include,
        limit_app_clip_default_experiences=limit_app_clip_default_experiences,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clips: list[AppClipsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppClipsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    include: list[AppClipsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> Response[AppClipResponse | ErrorResponse]:
    """``GET /v1/appClips/{id}`` (appClips_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_


    Args:
        id (str):
        fields_app_clips (list[AppClipsGetInstanceFieldsAppClipsItem] | Unset):
        fields_apps (list[AppClipsGetInstanceFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        include (list[AppClipsGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        include=include,
        limit_app_clip_default_experiences=limit_app_clip_default_experiences,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_clips: list[AppClipsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppClipsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    include: list[AppClipsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> AppClipResponse | ErrorResponse | None:
    """``GET /v1/appClips/{id}`` (appClips_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appclips-_id_


    Args:
        id (str):
        fields_app_clips (list[AppClipsGetInstanceFieldsAppClipsItem] | Unset):
        fields_apps (list[AppClipsGetInstanceFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppClipsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        include (list[AppClipsGetInstanceIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_clips=fields_app_clips,
            fields_apps=fields_apps,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            include=include,
            limit_app_clip_default_experiences=limit_app_clip_default_experiences,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipResponse] = AppClipResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
