from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_event_localizations_get_instance_fields_app_event_localizations_item import (
        AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem,
    )
    from ...models.app_event_localizations_get_instance_fields_app_event_screenshots_item import (
        AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem,
    )
    from ...models.app_event_localizations_get_instance_fields_app_event_video_clips_item import (
        AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem,
    )
    from ...models.app_event_localizations_get_instance_fields_app_events_item import (
        AppEventLocalizationsGetInstanceFieldsAppEventsItem,
    )
    from ...models.app_event_localizations_get_instance_include_item import (
        AppEventLocalizationsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_event_localization_response import AppEventLocalizationResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_event_localizations: list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    fields_app_events: list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    include: list[AppEventLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appEventLocalizations]",
        "fields_app_event_localizations",
        fields_app_event_localizations,
        "AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "AppEventLocalizationsGetInstanceFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[appEventScreenshots]",
        "fields_app_event_screenshots",
        fields_app_event_screenshots,
        "AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[appEventVideoClips]",
        "fields_app_event_video_clips",
        fields_app_event_video_clips,
        "AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem",
    )
    _params.query_list(params, "include", "include", include, "AppEventLocalizationsGetInstanceIncludeItem")
    _params.query_value(
        params, "limit[appEventScreenshots]", "limit_app_event_screenshots", limit_app_event_screenshots, int
    )
    _params.query_value(
        params, "limit[appEventVideoClips]", "limit_app_event_video_clips", limit_app_event_video_clips, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appEventLocalizations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEventLocalizationResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEventLocalizationResponse.from_dict(response.json())

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
) -> Response[AppEventLocalizationResponse | ErrorResponse]:
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
    fields_app_event_localizations: list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    fields_app_events: list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    include: list[AppEventLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> Response[AppEventLocalizationResponse | ErrorResponse]:
    """``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_app_event_screenshots
            (list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem] | Unset):
        include (list[AppEventLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        include=include,
        limit_app_event_screenshots=limit_app_event_screenshots,
        limit_app_event_video_clips=limit_app_event_video_clips,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_localizations: list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    fields_app_events: list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    include: list[AppEventLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> AppEventLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_app_event_screenshots
            (list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem] | Unset):
        include (list[AppEventLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventLocalizationResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        include=include,
        limit_app_event_screenshots=limit_app_event_screenshots,
        limit_app_event_video_clips=limit_app_event_video_clips,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_localizations: list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    fields_app_events: list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    include: list[AppEventLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> Response[AppEventLocalizationResponse | ErrorResponse]:
    """``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_app_event_screenshots
            (list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem] | Unset):
        include (list[AppEventLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventLocalizationResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        include=include,
        limit_app_event_screenshots=limit_app_event_screenshots,
        limit_app_event_video_clips=limit_app_event_video_clips,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_localizations: list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    fields_app_events: list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    include: list[AppEventLocalizationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> AppEventLocalizationResponse | ErrorResponse | None:
    """``GET /v1/appEventLocalizations/{id}`` (appEventLocalizations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appeventlocalizations-_id_


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventLocalizationsGetInstanceFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventLocalizationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_app_event_screenshots
            (list[AppEventLocalizationsGetInstanceFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventLocalizationsGetInstanceFieldsAppEventVideoClipsItem] | Unset):
        include (list[AppEventLocalizationsGetInstanceIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventLocalizationResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_event_localizations=fields_app_event_localizations,
            fields_app_events=fields_app_events,
            fields_app_event_screenshots=fields_app_event_screenshots,
            fields_app_event_video_clips=fields_app_event_video_clips,
            include=include,
            limit_app_event_screenshots=limit_app_event_screenshots,
            limit_app_event_video_clips=limit_app_event_video_clips,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEventLocalizationResponse] = AppEventLocalizationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEventLocalizationResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
