from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_price_points_v3_get_instance_fields_app_price_points_item import (
        AppPricePointsV3GetInstanceFieldsAppPricePointsItem,
    )
    from ...models.app_price_points_v3_get_instance_fields_apps_item import (
        AppPricePointsV3GetInstanceFieldsAppsItem,
    )
    from ...models.app_price_points_v3_get_instance_fields_territories_item import (
        AppPricePointsV3GetInstanceFieldsTerritoriesItem,
    )
    from ...models.app_price_points_v3_get_instance_include_item import AppPricePointsV3GetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_price_point_v3_response import AppPricePointV3Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_price_points: list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[AppPricePointsV3GetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appPricePoints]",
        "fields_app_price_points",
        fields_app_price_points,
        "AppPricePointsV3GetInstanceFieldsAppPricePointsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppPricePointsV3GetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppPricePointsV3GetInstanceFieldsTerritoriesItem",
    )
    _params.query_list(params, "include", "include", include, "AppPricePointsV3GetInstanceIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/appPricePoints/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPricePointV3Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPricePointV3Response.from_dict(response.json())

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
) -> Response[AppPricePointV3Response | ErrorResponse]:
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
    fields_app_price_points: list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[AppPricePointsV3GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[AppPricePointV3Response | ErrorResponse]:
    """``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_


    Args:
        id (str):
        fields_app_price_points (list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] |
            Unset):
        fields_apps (list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset):
        include (list[AppPricePointsV3GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPricePointV3Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
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
    fields_app_price_points: list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[AppPricePointsV3GetInstanceIncludeItem] | Unset = UNSET,
) -> AppPricePointV3Response | ErrorResponse | None:
    """``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_


    Args:
        id (str):
        fields_app_price_points (list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] |
            Unset):
        fields_apps (list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset):
        include (list[AppPricePointsV3GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPricePointV3Response | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_points: list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[AppPricePointsV3GetInstanceIncludeItem] | Unset = UNSET,
) -> Response[AppPricePointV3Response | ErrorResponse]:
    """``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_


    Args:
        id (str):
        fields_app_price_points (list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] |
            Unset):
        fields_apps (list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset):
        include (list[AppPricePointsV3GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPricePointV3Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_price_points: list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset = UNSET,
    include: list[AppPricePointsV3GetInstanceIncludeItem] | Unset = UNSET,
) -> AppPricePointV3Response | ErrorResponse | None:
    """``GET /v3/appPricePoints/{id}`` (appPricePointsV3_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v3-apppricepoints-_id_


    Args:
        id (str):
        fields_app_price_points (list[AppPricePointsV3GetInstanceFieldsAppPricePointsItem] |
            Unset):
        fields_apps (list[AppPricePointsV3GetInstanceFieldsAppsItem] | Unset):
        fields_territories (list[AppPricePointsV3GetInstanceFieldsTerritoriesItem] | Unset):
        include (list[AppPricePointsV3GetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPricePointV3Response | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_price_points=fields_app_price_points,
            fields_apps=fields_apps,
            fields_territories=fields_territories,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPricePointV3Response] = AppPricePointV3Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPricePointV3Response | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
