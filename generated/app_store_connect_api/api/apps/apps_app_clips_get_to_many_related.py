from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_clips_get_to_many_related_fields_app_clip_default_experiences_item import (
        AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.apps_app_clips_get_to_many_related_fields_app_clips_item import (
        AppsAppClipsGetToManyRelatedFieldsAppClipsItem,
    )
    from ...models.apps_app_clips_get_to_many_related_fields_apps_item import (
        AppsAppClipsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_clips_get_to_many_related_include_item import (
        AppsAppClipsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_clips_response import AppClipsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_bundle_id: list[str] | Unset = UNSET,
    fields_app_clips: list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[bundleId]", "filter_bundle_id", filter_bundle_id, str)
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppsAppClipsGetToManyRelatedFieldsAppClipsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppsAppClipsGetToManyRelatedFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsAppClipsGetToManyRelatedIncludeItem")
    _params.query_value(
        params,
        "limit[appClipDefaultExperiences]",
        "limit_app_clip_default_experiences",
        limit_app_clip_default_experiences,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appClips".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppClipsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppClipsResponse.from_dict(response.json())

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
) -> Response[AppClipsResponse | ErrorResponse]:
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
    filter_bundle_id: list[str] | Unset = UNSET,
    fields_app_clips: list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> Response[AppClipsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips


    Args:
        id (str):
        filter_bundle_id (list[str] | Unset):
        fields_app_clips (list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_apps (list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_bundle_id=filter_bundle_id,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        limit=limit,
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
    filter_bundle_id: list[str] | Unset = UNSET,
    fields_app_clips: list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> AppClipsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips


    Args:
        id (str):
        filter_bundle_id (list[str] | Unset):
        fields_app_clips (list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_apps (list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_bundle_id=filter_bundle_id,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        limit=limit,
        include=include,
        limit_app_clip_default_experiences=limit_app_clip_default_experiences,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_bundle_id: list[str] | Unset = UNSET,
    fields_app_clips: list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> Response[AppClipsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips


    Args:
        id (str):
        filter_bundle_id (list[str] | Unset):
        fields_app_clips (list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_apps (list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppClipsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_bundle_id=filter_bundle_id,
        fields_app_clips=fields_app_clips,
        fields_apps=fields_apps,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        limit=limit,
        include=include,
        limit_app_clip_default_experiences=limit_app_clip_default_experiences,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_bundle_id: list[str] | Unset = UNSET,
    fields_app_clips: list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset = UNSET,
    fields_apps: list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_clip_default_experiences: int | Unset = UNSET,
) -> AppClipsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips


    Args:
        id (str):
        filter_bundle_id (list[str] | Unset):
        fields_app_clips (list[AppsAppClipsGetToManyRelatedFieldsAppClipsItem] | Unset):
        fields_apps (list[AppsAppClipsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppClipsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppClipsGetToManyRelatedIncludeItem] | Unset):
        limit_app_clip_default_experiences (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppClipsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_bundle_id=filter_bundle_id,
            fields_app_clips=fields_app_clips,
            fields_apps=fields_apps,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            limit=limit,
            include=include,
            limit_app_clip_default_experiences=limit_app_clip_default_experiences,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppClipsResponse] = AppClipsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_clip import AppClip

ITEM_TYPE: type[AppClip] = AppClip
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppClipsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
