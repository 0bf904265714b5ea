from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_events_localizations_get_to_many_related_fields_app_event_localizations_item import (
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem,
    )
    from ...models.app_events_localizations_get_to_many_related_fields_app_event_screenshots_item import (
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem,
    )
    from ...models.app_events_localizations_get_to_many_related_fields_app_event_video_clips_item import (
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem,
    )
    from ...models.app_events_localizations_get_to_many_related_fields_app_events_item import (
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem,
    )
    from ...models.app_events_localizations_get_to_many_related_include_item import (
        AppEventsLocalizationsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_event_localizations_response import AppEventLocalizationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_event_localizations: list[
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
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
        "AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[appEventScreenshots]",
        "fields_app_event_screenshots",
        fields_app_event_screenshots,
        "AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[appEventVideoClips]",
        "fields_app_event_video_clips",
        fields_app_event_video_clips,
        "AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppEventsLocalizationsGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params, "limit[appEventScreenshots]", "limit_app_event_screenshots", limit_app_event_screenshots, int
    )
    _params.query_value(
        params, "limit[appEventVideoClips]", "limit_app_event_video_clips", limit_app_event_video_clips, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appEvents/{id}/localizations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEventLocalizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEventLocalizationsResponse.from_dict(response.json())

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
) -> Response[AppEventLocalizationsResponse | ErrorResponse]:
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
    fields_app_event_localizations: list[
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> Response[AppEventLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_app_event_screenshots
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        limit=limit,
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
    fields_app_event_localizations: list[
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> AppEventLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_app_event_screenshots
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventLocalizationsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        limit=limit,
        include=include,
        limit_app_event_screenshots=limit_app_event_screenshots,
        limit_app_event_video_clips=limit_app_event_video_clips,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_event_localizations: list[
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> Response[AppEventLocalizationsResponse | ErrorResponse]:
    """``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_app_event_screenshots
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_event_localizations=fields_app_event_localizations,
        fields_app_events=fields_app_events,
        fields_app_event_screenshots=fields_app_event_screenshots,
        fields_app_event_video_clips=fields_app_event_video_clips,
        limit=limit,
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
    fields_app_event_localizations: list[
        AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_events: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_screenshots: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem]
    | Unset = UNSET,
    fields_app_event_video_clips: list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_event_screenshots: int | Unset = UNSET,
    limit_app_event_video_clips: int | Unset = UNSET,
) -> AppEventLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/appEvents/{id}/localizations`` (appEvents_localizations_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appevents-_id_-localizations


    Args:
        id (str):
        fields_app_event_localizations
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        fields_app_events (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventsItem] |
            Unset):
        fields_app_event_screenshots
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventScreenshotsItem] | Unset):
        fields_app_event_video_clips
            (list[AppEventsLocalizationsGetToManyRelatedFieldsAppEventVideoClipsItem] | Unset):
        limit (int | Unset):
        include (list[AppEventsLocalizationsGetToManyRelatedIncludeItem] | Unset):
        limit_app_event_screenshots (int | Unset):
        limit_app_event_video_clips (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventLocalizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_event_localizations=fields_app_event_localizations,
            fields_app_events=fields_app_events,
            fields_app_event_screenshots=fields_app_event_screenshots,
            fields_app_event_video_clips=fields_app_event_video_clips,
            limit=limit,
            include=include,
            limit_app_event_screenshots=limit_app_event_screenshots,
            limit_app_event_video_clips=limit_app_event_video_clips,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEventLocalizationsResponse] = AppEventLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_event_localization import AppEventLocalization

ITEM_TYPE: type[AppEventLocalization] = AppEventLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEventLocalizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
