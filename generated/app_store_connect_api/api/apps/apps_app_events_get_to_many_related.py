from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_events_response import AppEventsResponse
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

    params: dict[str, Any] = {}

    if isinstance(filter_event_state, list):
        params["filter[eventState]"] = ",".join(str(item) for item in filter_event_state)

    if isinstance(filter_id, list):
        params["filter[id]"] = ",".join(str(item) for item in filter_id)

    if isinstance(fields_app_events, list):
        params["fields[appEvents]"] = ",".join(str(item) for item in fields_app_events)

    if isinstance(fields_app_event_localizations, list):
        params["fields[appEventLocalizations]"] = ",".join(
            str(item) for item in fields_app_event_localizations
        )

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params["limit[localizations]"] = limit_localizations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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
