from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_price_points_get_to_many_related_fields_app_price_points_item import (
        AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem,
    )
    from ...models.apps_app_price_points_get_to_many_related_fields_apps_item import (
        AppsAppPricePointsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_price_points_get_to_many_related_fields_territories_item import (
        AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.apps_app_price_points_get_to_many_related_include_item import (
        AppsAppPricePointsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_price_points_v3_response import AppPricePointsV3Response
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_territory: list[str] | Unset = UNSET,
    fields_app_price_points: list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[territory]", "filter_territory", filter_territory, str)
    _params.query_list(
        params,
        "fields[appPricePoints]",
        "fields_app_price_points",
        fields_app_price_points,
        "AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppsAppPricePointsGetToManyRelatedFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsAppPricePointsGetToManyRelatedIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appPricePoints".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppPricePointsV3Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppPricePointsV3Response.from_dict(response.json())

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
) -> Response[AppPricePointsV3Response | ErrorResponse]:
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
    filter_territory: list[str] | Unset = UNSET,
    fields_app_price_points: list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppPricePointsV3Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_app_price_points (list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem]
            | Unset):
        fields_apps (list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPricePointsV3Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
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
    filter_territory: list[str] | Unset = UNSET,
    fields_app_price_points: list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppPricePointsV3Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_app_price_points (list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem]
            | Unset):
        fields_apps (list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPricePointsV3Response | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_territory=filter_territory,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_app_price_points: list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[AppPricePointsV3Response | ErrorResponse]:
    """``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_app_price_points (list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem]
            | Unset):
        fields_apps (list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppPricePointsV3Response | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_territory=filter_territory,
        fields_app_price_points=fields_app_price_points,
        fields_apps=fields_apps,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_territory: list[str] | Unset = UNSET,
    fields_app_price_points: list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem] | Unset = UNSET,
    fields_apps: list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_territories: list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> AppPricePointsV3Response | ErrorResponse | None:
    """``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints


    Args:
        id (str):
        filter_territory (list[str] | Unset):
        fields_app_price_points (list[AppsAppPricePointsGetToManyRelatedFieldsAppPricePointsItem]
            | Unset):
        fields_apps (list[AppsAppPricePointsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_territories (list[AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppPricePointsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppPricePointsV3Response | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_territory=filter_territory,
            fields_app_price_points=fields_app_price_points,
            fields_apps=fields_apps,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppPricePointsV3Response] = AppPricePointsV3Response
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_price_point_v3 import AppPricePointV3

ITEM_TYPE: type[AppPricePointV3] = AppPricePointV3
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppPricePointsV3Response | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
