from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_build_localizations_get_collection_fields_beta_build_localizations_item import (
        BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem,
    )
    from ...models.beta_build_localizations_get_collection_fields_builds_item import (
        BetaBuildLocalizationsGetCollectionFieldsBuildsItem,
    )
    from ...models.beta_build_localizations_get_collection_include_item import (
        BetaBuildLocalizationsGetCollectionIncludeItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_build_localizations_response import BetaBuildLocalizationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_locale: list[str] | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    fields_beta_build_localizations: list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_builds: list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[locale]", "filter_locale", filter_locale, str)
    _params.query_list(params, "filter[build]", "filter_build", filter_build, str)
    _params.query_list(
        params,
        "fields[betaBuildLocalizations]",
        "fields_beta_build_localizations",
        fields_beta_build_localizations,
        "BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "BetaBuildLocalizationsGetCollectionFieldsBuildsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "BetaBuildLocalizationsGetCollectionIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaBuildLocalizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaBuildLocalizationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaBuildLocalizationsResponse.from_dict(response.json())

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
) -> Response[BetaBuildLocalizationsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    fields_beta_build_localizations: list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_builds: list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaBuildLocalizationsResponse | ErrorResponse]:
    """``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations


    Args:
        filter_locale (list[str] | Unset):
        filter_build (list[str] | Unset):
        fields_beta_build_localizations
            (list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem] | Unset):
        fields_builds (list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaBuildLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_locale=filter_locale,
        filter_build=filter_build,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    fields_beta_build_localizations: list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_builds: list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaBuildLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations


    Args:
        filter_locale (list[str] | Unset):
        filter_build (list[str] | Unset):
        fields_beta_build_localizations
            (list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem] | Unset):
        fields_builds (list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaBuildLocalizationsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_locale=filter_locale,
        filter_build=filter_build,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    fields_beta_build_localizations: list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_builds: list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> Response[BetaBuildLocalizationsResponse | ErrorResponse]:
    """``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations


    Args:
        filter_locale (list[str] | Unset):
        filter_build (list[str] | Unset):
        fields_beta_build_localizations
            (list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem] | Unset):
        fields_builds (list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaBuildLocalizationsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_locale=filter_locale,
        filter_build=filter_build,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_locale: list[str] | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    fields_beta_build_localizations: list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_builds: list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset = UNSET,
) -> BetaBuildLocalizationsResponse | ErrorResponse | None:
    """``GET /v1/betaBuildLocalizations`` (betaBuildLocalizations_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations


    Args:
        filter_locale (list[str] | Unset):
        filter_build (list[str] | Unset):
        fields_beta_build_localizations
            (list[BetaBuildLocalizationsGetCollectionFieldsBetaBuildLocalizationsItem] | Unset):
        fields_builds (list[BetaBuildLocalizationsGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaBuildLocalizationsGetCollectionIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaBuildLocalizationsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_locale=filter_locale,
            filter_build=filter_build,
            fields_beta_build_localizations=fields_beta_build_localizations,
            fields_builds=fields_builds,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaBuildLocalizationsResponse] = BetaBuildLocalizationsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_build_localization import BetaBuildLocalization

ITEM_TYPE: type[BetaBuildLocalization] = BetaBuildLocalization
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaBuildLocalizationsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
