from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_event_localizations_app_event_video_clips_get_to_many_related_fields_app_event_localizations_item import (
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem,
    )
    from ...models.app_event_localizations_app_event_video_clips_get_to_many_related_fields_app_event_video_clips_item import (
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem,
    )
    from ...models.app_event_localizations_app_event_video_clips_get_to_many_related_include_item import (
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_event_video_clips_response import AppEventVideoClipsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_event_video_clips: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem
    ]
    | Unset = UNSET,
    fields_app_event_localizations: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appEventVideoClips]",
        "fields_app_event_video_clips",
        fields_app_event_video_clips,
        "AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem",
    )
    _params.query_list(
        params,
        "fields[appEventLocalizations]",
        "fields_app_event_localizations",
        fields_app_event_localizations,
        "AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appEventLocalizations/{id}/appEventVideoClips".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEventVideoClipsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEventVideoClipsResponse.from_dict(response.json())

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
) -> Response[AppEventVideoClipsResponse | ErrorResponse]:
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
    fields_app_event_video_clips: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem
    ]
    | Unset = UNSET,
    fields_app_event_localizations: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppEventVideoClipsResponse | ErrorResponse]:
    """``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips


    Args:
        id (str):
        fields_app_event_video_clips
            (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem]
            | Unset):
        fields_app_event_localizations (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelat
            edFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventVideoClipsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_video_clips=fields_app_event_video_clips,
        fields_app_event_localizations=fields_app_event_localizations,
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
    fields_app_event_video_clips: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem
    ]
    | Unset = UNSET,
    fields_app_event_localizations: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppEventVideoClipsResponse | ErrorResponse | None:
    """``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips


    Args:
        id (str):
        fields_app_event_video_clips
            (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem]
            | Unset):
        fields_app_event_localizations (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelat
            edFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventVideoClipsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_event_video_clips=fields_app_event_video_clips,
        fields_app_event_localizations=fields_app_event_localizations,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_video_clips: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem
    ]
    | Unset = UNSET,
    fields_app_event_localizations: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppEventVideoClipsResponse | ErrorResponse]:
    """``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips


    Args:
        id (str):
        fields_app_event_video_clips
            (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem]
            | Unset):
        fields_app_event_localizations (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelat
            edFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventVideoClipsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_video_clips=fields_app_event_video_clips,
        fields_app_event_localizations=fields_app_event_localizations,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_video_clips: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem
    ]
    | Unset = UNSET,
    fields_app_event_localizations: list[
        AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppEventVideoClipsResponse | ErrorResponse | None:
    """``GET /v1/appEventLocalizations/{id}/appEventVideoClips`` (appEventLocalizations_appEventVideoClips_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_-appeventvideoclips


    Args:
        id (str):
        fields_app_event_video_clips
            (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedFieldsAppEventVideoClipsItem]
            | Unset):
        fields_app_event_localizations (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelat
            edFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventLocalizationsAppEventVideoClipsGetToManyRelatedIncludeItem] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventVideoClipsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_event_video_clips=fields_app_event_video_clips,
            fields_app_event_localizations=fields_app_event_localizations,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEventVideoClipsResponse] = AppEventVideoClipsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_event_video_clip import AppEventVideoClip

ITEM_TYPE: type[AppEventVideoClip] = AppEventVideoClip
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEventVideoClipsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
