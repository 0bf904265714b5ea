from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_infos_territory_age_ratings_get_to_many_related_fields_territories_item import (
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem,
    )
    from ...models.app_infos_territory_age_ratings_get_to_many_related_fields_territory_age_ratings_item import (
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem,
    )
    from ...models.app_infos_territory_age_ratings_get_to_many_related_include_item import (
        AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.territory_age_ratings_response import TerritoryAgeRatingsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_territory_age_ratings: list[
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[territoryAgeRatings]",
        "fields_territory_age_ratings",
        fields_territory_age_ratings,
        "AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem",
    )
    _params.query_list(
        params,
        "fields[territories]",
        "fields_territories",
        fields_territories,
        "AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appInfos/{id}/territoryAgeRatings".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TerritoryAgeRatingsResponse | None:
    if response.status_code == 200:
        response_200 = TerritoryAgeRatingsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TerritoryAgeRatingsResponse]:
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
    fields_territory_age_ratings: list[
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | TerritoryAgeRatingsResponse]:
    """``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings


    Args:
        id (str):
        fields_territory_age_ratings
            (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem] | Unset):
        fields_territories (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
            | Unset):
        limit (int | Unset):
        include (list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TerritoryAgeRatingsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_territory_age_ratings=fields_territory_age_ratings,
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
    fields_territory_age_ratings: list[
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | TerritoryAgeRatingsResponse | None:
    """``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings


    Args:
        id (str):
        fields_territory_age_ratings
            (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem] | Unset):
        fields_territories (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
            | Unset):
        limit (int | Unset):
        include (list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TerritoryAgeRatingsResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_territory_age_ratings=fields_territory_age_ratings,
        fields_territories=fields_territories,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_territory_age_ratings: list[
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | TerritoryAgeRatingsResponse]:
    """``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings


    Args:
        id (str):
        fields_territory_age_ratings
            (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem] | Unset):
        fields_territories (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
            | Unset):
        limit (int | Unset):
        include (list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TerritoryAgeRatingsResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_territory_age_ratings=fields_territory_age_ratings,
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
    fields_territory_age_ratings: list[
        AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem
    ]
    | Unset = UNSET,
    fields_territories: list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | TerritoryAgeRatingsResponse | None:
    """``GET /v1/appInfos/{id}/territoryAgeRatings`` (appInfos_territoryAgeRatings_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings


    Args:
        id (str):
        fields_territory_age_ratings
            (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoryAgeRatingsItem] | Unset):
        fields_territories (list[AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem]
            | Unset):
        limit (int | Unset):
        include (list[AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TerritoryAgeRatingsResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_territory_age_ratings=fields_territory_age_ratings,
            fields_territories=fields_territories,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[TerritoryAgeRatingsResponse] = TerritoryAgeRatingsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.territory_age_rating import TerritoryAgeRating

ITEM_TYPE: type[TerritoryAgeRating] = TerritoryAgeRating
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | TerritoryAgeRatingsResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
