from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_events_get_to_many_related_fields_app_event_localizations_item import (
        AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem,
    )
    from ...models.apps_app_events_get_to_many_related_fields_app_events_item import (
        AppsAppEventsGetToManyRelatedFieldsAppEventsItem,
    )
    from ...models.apps_app_events_get_to_many_related_filter_event_state_item import (
        AppsAppEventsGetToManyRelatedFilterEventStateItem,
    )
    from ...models.apps_app_events_get_to_many_related_include_item import (
        AppsAppEventsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_events_response import AppEventsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_event_state: list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_events: list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_localizations: list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[eventState]",
        "filter_event_state",
        filter_event_state,
        "AppsAppEventsGetToManyRelatedFilterEventStateItem",
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "AppsAppEventsGetToManyRelatedFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[appEventLocalizations]",
        "fields_app_event_localizations",
        fields_app_event_localizations,
        "AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsAppEventsGetToManyRelatedIncludeItem")
    _params.query_value(params, "limit[localizations]", "limit_localizations", limit_localizations, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appEvents".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppEventsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppEventsResponse.from_dict(response.json())

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
) -> Response[AppEventsResponse | ErrorResponse]:
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
    filter_event_state: list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_events: list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_localizations: list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppEventsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents


    Args:
        id (str):
        filter_event_state (list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_events (list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset):
        fields_app_event_localizations
            (list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_event_state=filter_event_state,
        filter_id=filter_id,
        fields_app_events=fields_app_events,
        fields_app_event_localizations=fields_app_event_localizations,
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
    filter_event_state: list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_events: list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_localizations: list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppEventsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents


    Args:
        id (str):
        filter_event_state (list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_events (list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset):
        fields_app_event_localizations
            (list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_event_state=filter_event_state,
        filter_id=filter_id,
        fields_app_events=fields_app_events,
        fields_app_event_localizations=fields_app_event_localizations,
        limit=limit,
        include=include,
        limit_localizations=limit_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_event_state: list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_events: list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_localizations: list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> Response[AppEventsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents


    Args:
        id (str):
        filter_event_state (list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_events (list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset):
        fields_app_event_localizations
            (list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppEventsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_event_state=filter_event_state,
        filter_id=filter_id,
        fields_app_events=fields_app_events,
        fields_app_event_localizations=fields_app_event_localizations,
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
    filter_event_state: list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_events: list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset = UNSET,
    fields_app_event_localizations: list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_localizations: int | Unset = UNSET,
) -> AppEventsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents


    Args:
        id (str):
        filter_event_state (list[AppsAppEventsGetToManyRelatedFilterEventStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_events (list[AppsAppEventsGetToManyRelatedFieldsAppEventsItem] | Unset):
        fields_app_event_localizations
            (list[AppsAppEventsGetToManyRelatedFieldsAppEventLocalizationsItem] | Unset):
        limit (int | Unset):
        include (list[AppsAppEventsGetToManyRelatedIncludeItem] | Unset):
        limit_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppEventsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_event_state=filter_event_state,
            filter_id=filter_id,
            fields_app_events=fields_app_events,
            fields_app_event_localizations=fields_app_event_localizations,
            limit=limit,
            include=include,
            limit_localizations=limit_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppEventsResponse] = AppEventsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_event import AppEvent

ITEM_TYPE: type[AppEvent] = AppEvent
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppEventsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
