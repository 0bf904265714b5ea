from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_availability_v2_get_to_one_related_fields_app_availabilities_item import (
        AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem,
    )
    from ...models.apps_app_availability_v2_get_to_one_related_fields_territory_availabilities_item import (
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem,
    )
    from ...models.apps_app_availability_v2_get_to_one_related_include_item import (
        AppsAppAvailabilityV2GetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_availability_v2_response import AppAvailabilityV2Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_availabilities: list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem]
    | Unset = UNSET,
    fields_territory_availabilities: list[
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem
    ]
    | Unset = UNSET,
    include: list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_territory_availabilities: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appAvailabilities]",
        "fields_app_availabilities",
        fields_app_availabilities,
        "AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem",
    )
    _params.query_list(
        params,
        "fields[territoryAvailabilities]",
        "fields_territory_availabilities",
        fields_territory_availabilities,
        "AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem",
    )
    _params.query_list(
        params, "include", "include", include, "AppsAppAvailabilityV2GetToOneRelatedIncludeItem"
    )
    _params.query_value(
        params,
        "limit[territoryAvailabilities]",
        "limit_territory_availabilities",
        limit_territory_availabilities,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appAvailabilityV2".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppAvailabilityV2Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppAvailabilityV2Response.from_dict(response.json())

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
) -> Response[AppAvailabilityV2Response | ErrorResponse]:
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
    fields_app_availabilities: list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem]
    | Unset = UNSET,
    fields_territory_availabilities: list[
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem
    ]
    | Unset = UNSET,
    include: list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_territory_availabilities: int | Unset = UNSET,
) -> Response[AppAvailabilityV2Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2


    Args:
        id (str):
        fields_app_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem] | Unset):
        fields_territory_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem] | Unset):
        include (list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset):
        limit_territory_availabilities (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppAvailabilityV2Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_availabilities=fields_app_availabilities,
        fields_territory_availabilities=fields_territory_availabilities,
        include=include,
        limit_territory_availabilities=limit_territory_availabilities,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_availabilities: list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem]
    | Unset = UNSET,
    fields_territory_availabilities: list[
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem
    ]
    | Unset = UNSET,
    include: list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_territory_availabilities: int | Unset = UNSET,
) -> AppAvailabilityV2Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2


    Args:
        id (str):
        fields_app_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem] | Unset):
        fields_territory_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem] | Unset):
        include (list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset):
        limit_territory_availabilities (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppAvailabilityV2Response | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_availabilities=fields_app_availabilities,
        fields_territory_availabilities=fields_territory_availabilities,
        include=include,
        limit_territory_availabilities=limit_territory_availabilities,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_availabilities: list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem]
    | Unset = UNSET,
    fields_territory_availabilities: list[
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem
    ]
    | Unset = UNSET,
    include: list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_territory_availabilities: int | Unset = UNSET,
) -> Response[AppAvailabilityV2Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2


    Args:
        id (str):
        fields_app_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem] | Unset):
        fields_territory_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem] | Unset):
        include (list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset):
        limit_territory_availabilities (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppAvailabilityV2Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_availabilities=fields_app_availabilities,
        fields_territory_availabilities=fields_territory_availabilities,
        include=include,
        limit_territory_availabilities=limit_territory_availabilities,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_availabilities: list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem]
    | Unset = UNSET,
    fields_territory_availabilities: list[
        AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem
    ]
    | Unset = UNSET,
    include: list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_territory_availabilities: int | Unset = UNSET,
) -> AppAvailabilityV2Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2


    Args:
        id (str):
        fields_app_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem] | Unset):
        fields_territory_availabilities
            (list[AppsAppAvailabilityV2GetToOneRelatedFieldsTerritoryAvailabilitiesItem] | Unset):
        include (list[AppsAppAvailabilityV2GetToOneRelatedIncludeItem] | Unset):
        limit_territory_availabilities (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppAvailabilityV2Response | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_availabilities=fields_app_availabilities,
            fields_territory_availabilities=fields_territory_availabilities,
            include=include,
            limit_territory_availabilities=limit_territory_availabilities,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppAvailabilityV2Response] = AppAvailabilityV2Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppAvailabilityV2Response | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
