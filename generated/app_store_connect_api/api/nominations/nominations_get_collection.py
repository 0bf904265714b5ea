from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.nominations_get_collection_fields_actors_item import (
        NominationsGetCollectionFieldsActorsItem,
    )
    from ...models.nominations_get_collection_fields_app_events_item import (
        NominationsGetCollectionFieldsAppEventsItem,
    )
    from ...models.nominations_get_collection_fields_apps_item import NominationsGetCollectionFieldsAppsItem
    from ...models.nominations_get_collection_fields_nominations_item import (
        NominationsGetCollectionFieldsNominationsItem,
    )
    from ...models.nominations_get_collection_fields_territories_item import (
        NominationsGetCollectionFieldsTerritoriesItem,
    )
    from ...models.nominations_get_collection_filter_state_item import NominationsGetCollectionFilterStateItem
    from ...models.nominations_get_collection_filter_type_item import NominationsGetCollectionFilterTypeItem
    from ...models.nominations_get_collection_include_item import NominationsGetCollectionIncludeItem
    from ...models.nominations_get_collection_sort_item import NominationsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.nominations_response import NominationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_type: list[NominationsGetCollectionFilterTypeItem] | Unset = UNSET,
    filter_state: list[NominationsGetCollectionFilterStateItem],
    filter_has_in_app_events: list[str] | Unset = UNSET,
    filter_related_apps: list[str] | Unset = UNSET,
    sort: list[NominationsGetCollectionSortItem] | Unset = UNSET,
    fields_nominations: list[NominationsGetCollectionFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetCollectionFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetCollectionFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[NominationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(
        params, "filter[type]", "filter_type", filter_type, "NominationsGetCollectionFilterTypeItem"
    )
    _params.query_list(
        params, "filter[state]", "filter_state", filter_state, "NominationsGetCollectionFilterStateItem"
    )
    _params.query_list(
        params, "filter[hasInAppEvents]", "filter_has_in_app_events", filter_has_in_app_events, str
    )
    _params.query_list(params, "filter[relatedApps]", "filter_related_apps", filter_related_apps, str)
    _params.query_list(params, "sort", "sort", sort, "NominationsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[nominations]",
        "fields_nominations",
        fields_nominations,
        "NominationsGetCollectionFieldsNominationsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "NominationsGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params, "fields[actors]", "fields_actors", fields_actors, "NominationsGetCollectionFieldsActorsItem"
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "NominationsGetCollectionFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "NominationsGetCollectionFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "NominationsGetCollectionIncludeItem")
    _params.query_value(params, "limit[inAppEvents]", "limit_in_app_events", limit_in_app_events, int)
    _params.query_value(params, "limit[relatedApps]", "limit_related_apps", limit_related_apps, int)
    _params.query_value(
        params, "limit[supportedTerritories]", "limit_supported_territories", limit_supported_territories, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/nominations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NominationsResponse | None:
    if response.status_code == 200:
        response_200 = NominationsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | NominationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_type: list[NominationsGetCollectionFilterTypeItem] | Unset = UNSET,
    filter_state: list[NominationsGetCollectionFilterStateItem],
    filter_has_in_app_events: list[str] | Unset = UNSET,
    filter_related_apps: list[str] | Unset = UNSET,
    sort: list[NominationsGetCollectionSortItem] | Unset = UNSET,
    fields_nominations: list[NominationsGetCollectionFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetCollectionFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetCollectionFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[NominationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | NominationsResponse]:
    """``GET /v1/nominations`` (nominations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations


    Args:
        filter_type (list[NominationsGetCollectionFilterTypeItem] | Unset):
        filter_state (list[NominationsGetCollectionFilterStateItem]):
        filter_has_in_app_events (list[str] | Unset):
        filter_related_apps (list[str] | Unset):
        sort (list[NominationsGetCollectionSortItem] | Unset):
        fields_nominations (list[NominationsGetCollectionFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetCollectionFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetCollectionFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetCollectionFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetCollectionFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[NominationsGetCollectionIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NominationsResponse]

    """

    kwargs = _get_kwargs(
        filter_type=filter_type,
        filter_state=filter_state,
        filter_has_in_app_events=filter_has_in_app_events,
        filter_related_apps=filter_related_apps,
        sort=sort,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_type: list[NominationsGetCollectionFilterTypeItem] | Unset = UNSET,
    filter_state: list[NominationsGetCollectionFilterStateItem],
    filter_has_in_app_events: list[str] | Unset = UNSET,
    filter_related_apps: list[str] | Unset = UNSET,
    sort: list[NominationsGetCollectionSortItem] | Unset = UNSET,
    fields_nominations: list[NominationsGetCollectionFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetCollectionFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetCollectionFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[NominationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> ErrorResponse | NominationsResponse | None:
    """``GET /v1/nominations`` (nominations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations


    Args:
        filter_type (list[NominationsGetCollectionFilterTypeItem] | Unset):
        filter_state (list[NominationsGetCollectionFilterStateItem]):
        filter_has_in_app_events (list[str] | Unset):
        filter_related_apps (list[str] | Unset):
        sort (list[NominationsGetCollectionSortItem] | Unset):
        fields_nominations (list[NominationsGetCollectionFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetCollectionFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetCollectionFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetCollectionFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetCollectionFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[NominationsGetCollectionIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NominationsResponse

    """

    return sync_detailed(
        client=client,
        filter_type=filter_type,
        filter_state=filter_state,
        filter_has_in_app_events=filter_has_in_app_events,
        filter_related_apps=filter_related_apps,
        sort=sort,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
        limit_in_app_events=limit_in_app_events,
        limit_related_apps=limit_related_apps,
        limit_supported_territories=limit_supported_territories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_type: list[NominationsGetCollectionFilterTypeItem] | Unset = UNSET,
    filter_state: list[NominationsGetCollectionFilterStateItem],
    filter_has_in_app_events: list[str] | Unset = UNSET,
    filter_related_apps: list[str] | Unset = UNSET,
    sort: list[NominationsGetCollectionSortItem] | Unset = UNSET,
    fields_nominations: list[NominationsGetCollectionFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetCollectionFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetCollectionFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[NominationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> Response[ErrorResponse | NominationsResponse]:
    """``GET /v1/nominations`` (nominations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations


    Args:
        filter_type (list[NominationsGetCollectionFilterTypeItem] | Unset):
        filter_state (list[NominationsGetCollectionFilterStateItem]):
        filter_has_in_app_events (list[str] | Unset):
        filter_related_apps (list[str] | Unset):
        sort (list[NominationsGetCollectionSortItem] | Unset):
        fields_nominations (list[NominationsGetCollectionFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetCollectionFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetCollectionFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetCollectionFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetCollectionFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[NominationsGetCollectionIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NominationsResponse]

    """

    kwargs = _get_kwargs(
        filter_type=filter_type,
        filter_state=filter_state,
        filter_has_in_app_events=filter_has_in_app_events,
        filter_related_apps=filter_related_apps,
        sort=sort,
        fields_nominations=fields_nominations,
        fields_apps=fields_apps,
        fields_actors=fields_actors,
        fields_app_events=fields_app_events,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
        limit_in_app_events=limit_in_app_events,
        limit_related_apps=limit_related_apps,
        limit_supported_territories=limit_supported_territories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_type: list[NominationsGetCollectionFilterTypeItem] | Unset = UNSET,
    filter_state: list[NominationsGetCollectionFilterStateItem],
    filter_has_in_app_events: list[str] | Unset = UNSET,
    filter_related_apps: list[str] | Unset = UNSET,
    sort: list[NominationsGetCollectionSortItem] | Unset = UNSET,
    fields_nominations: list[NominationsGetCollectionFieldsNominationsItem] | Unset = UNSET,
    fields_apps: list[NominationsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_actors: list[NominationsGetCollectionFieldsActorsItem] | Unset = UNSET,
    fields_app_events: list[NominationsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_territories: list[NominationsGetCollectionFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[NominationsGetCollectionIncludeItem] | Unset = UNSET,
    limit_in_app_events: int | Unset = UNSET,
    limit_related_apps: int | Unset = UNSET,
    limit_supported_territories: int | Unset = UNSET,
) -> ErrorResponse | NominationsResponse | None:
    """``GET /v1/nominations`` (nominations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-nominations


    Args:
        filter_type (list[NominationsGetCollectionFilterTypeItem] | Unset):
        filter_state (list[NominationsGetCollectionFilterStateItem]):
        filter_has_in_app_events (list[str] | Unset):
        filter_related_apps (list[str] | Unset):
        sort (list[NominationsGetCollectionSortItem] | Unset):
        fields_nominations (list[NominationsGetCollectionFieldsNominationsItem] | Unset):
        fields_apps (list[NominationsGetCollectionFieldsAppsItem] | Unset):
        fields_actors (list[NominationsGetCollectionFieldsActorsItem] | Unset):
        fields_app_events (list[NominationsGetCollectionFieldsAppEventsItem] | Unset):
        fields_territories (list[NominationsGetCollectionFieldsTerritoriesItem] | Unset):
        limit (int | Unset):
        include (list[NominationsGetCollectionIncludeItem] | Unset):
        limit_in_app_events (int | Unset):
        limit_related_apps (int | Unset):
        limit_supported_territories (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NominationsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_type=filter_type,
            filter_state=filter_state,
            filter_has_in_app_events=filter_has_in_app_events,
            filter_related_apps=filter_related_apps,
            sort=sort,
            fields_nominations=fields_nominations,
            fields_apps=fields_apps,
            fields_actors=fields_actors,
            fields_app_events=fields_app_events,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
            limit_in_app_events=limit_in_app_events,
            limit_related_apps=limit_related_apps,
            limit_supported_territories=limit_supported_territories,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[NominationsResponse] = NominationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.nomination import Nomination

ITEM_TYPE: type[Nomination] = Nomination
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | NominationsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
