from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.nominations_get_instance_fields_actors_item import NominationsGetInstanceFieldsActorsItem
    from ...models.nominations_get_instance_fields_app_events_item import (
        NominationsGetInstanceFieldsAppEventsItem,
    )
    from ...models.nominations_get_instance_fields_apps_item import NominationsGetInstanceFieldsAppsItem
    from ...models.nominations_get_instance_fields_nominations_item import (
        NominationsGetInstanceFieldsNominationsItem,
    )
    from ...models.nominations_get_instance_fields_territories_item import (
        NominationsGetInstanceFieldsTerritoriesItem,
    )
    from ...models.nominations_get_instance_include_item import NominationsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.nomination_response import NominationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_nominations: list[NominationsGetInstanceFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetInstanceFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[NominationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[nominations]",
        "fields_nominations",
        fields_nominations,
        "NominationsGetInstanceFieldsNominationsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "NominationsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params, "fields[actors]", "fields_actors", fields_actors, "NominationsGetInstanceFieldsActorsItem"
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "NominationsGetInstanceFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "NominationsGetInstanceFieldsTerritoriesItem",
    )
    _params.query_list(params, "include", "include", include, "NominationsGetInstanceIncludeItem")
    _params.query_value(params, "limit[inAppEvents]", "limit_in_app_events", limit_in_app_events, int)
    _params.query_value(params, "limit[relatedApps]", "limit_related_apps", limit_related_apps, int)
    _params.query_value(
        params, "limit[supportedTerritories]", "limit_supported_territories", limit_supported_territories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/nominations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NominationResponse | None:
    if response.status_code == 200:
        response_200 = NominationResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | NominationResponse]:
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
    fields_nominations: list[NominationsGetInstanceFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetInstanceFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[NominationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | NominationResponse]:
    """``GET /v1/nominations/{id}`` (nominations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_


    Args:
        id (str):
        fields_nominations (list[NominationsGetInstanceFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetInstanceFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetInstanceFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetInstanceFieldsTerritoriesItem] | Unset):
        include (list[NominationsGetInstanceIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NominationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        include=include,
        limit_in_app_events=limit_in_app_events,
        limit_related_apps=limit_related_apps,
        limit_supported_territories=limit_supported_territories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_nominations: list[NominationsGetInstanceFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetInstanceFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[NominationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> ErrorResponse | NominationResponse | None:
    """``GET /v1/nominations/{id}`` (nominations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_


    Args:
        id (str):
        fields_nominations (list[NominationsGetInstanceFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetInstanceFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetInstanceFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetInstanceFieldsTerritoriesItem] | Unset):
        include (list[NominationsGetInstanceIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NominationResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        include=include,
        limit_in_app_events=limit_in_app_events,
        limit_related_apps=limit_related_apps,
        limit_supported_territories=limit_supported_territories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_nominations: list[NominationsGetInstanceFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetInstanceFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[NominationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | NominationResponse]:
    """``GET /v1/nominations/{id}`` (nominations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_


    Args:
        id (str):
        fields_nominations (list[NominationsGetInstanceFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetInstanceFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetInstanceFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetInstanceFieldsTerritoriesItem] | Unset):
        include (list[NominationsGetInstanceIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NominationResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        include=include,
        limit_in_app_events=limit_in_app_events,
        limit_related_apps=limit_related_apps,
        limit_supported_territories=limit_supported_territories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_nominations: list[NominationsGetInstanceFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetInstanceFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[NominationsGetInstanceIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> ErrorResponse | NominationResponse | None:
    """``GET /v1/nominations/{id}`` (nominations_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations-_id_


    Args:
        id (str):
        fields_nominations (list[NominationsGetInstanceFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetInstanceFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetInstanceFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetInstanceFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetInstanceFieldsTerritoriesItem] | Unset):
        include (list[NominationsGetInstanceIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NominationResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_nominations=fields_nominations,
            fields_apps=fields_apps,
            fields_actors=fields_actors,
            fields_app_events=fields_app_events,
            fields_territories=fields_territories,
            include=include,
            limit_in_app_events=limit_in_app_events,
            limit_related_apps=limit_related_apps,
            limit_supported_territories=limit_supported_territories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[NominationResponse] = NominationResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | NominationResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
