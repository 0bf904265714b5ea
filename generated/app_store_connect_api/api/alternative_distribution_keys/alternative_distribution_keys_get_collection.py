from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.alternative_distribution_keys_get_collection_fields_alternative_distribution_keys_item import (
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem,
    )

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alternative_distribution_keys_response import AlternativeDistributionKeysResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exists_app: bool | Unset = UNSET,
    fields_alternative_distribution_keys: list[
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_value(params, "exists[app]", "exists_app", exists_app, bool)
    _params.query_list(
        params,
        "fields[alternativeDistributionKeys]",
        "fields_alternative_distribution_keys",
        fields_alternative_distribution_keys,
        "AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alternativeDistributionKeys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlternativeDistributionKeysResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlternativeDistributionKeysResponse.from_dict(response.json())

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
) -> Response[AlternativeDistributionKeysResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    exists_app: bool | Unset = UNSET,
    fields_alternative_distribution_keys: list[
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AlternativeDistributionKeysResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys


    Args:
        exists_app (bool | Unset):
        fields_alternative_distribution_keys
            (list[AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionKeysResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        exists_app=exists_app,
        fields_alternative_distribution_keys=fields_alternative_distribution_keys,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    exists_app: bool | Unset = UNSET,
    fields_alternative_distribution_keys: list[
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AlternativeDistributionKeysResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys


    Args:
        exists_app (bool | Unset):
        fields_alternative_distribution_keys
            (list[AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionKeysResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        exists_app=exists_app,
        fields_alternative_distribution_keys=fields_alternative_distribution_keys,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    exists_app: bool | Unset = UNSET,
    fields_alternative_distribution_keys: list[
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[AlternativeDistributionKeysResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys


    Args:
        exists_app (bool | Unset):
        fields_alternative_distribution_keys
            (list[AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionKeysResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        exists_app=exists_app,
        fields_alternative_distribution_keys=fields_alternative_distribution_keys,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    exists_app: bool | Unset = UNSET,
    fields_alternative_distribution_keys: list[
        AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> AlternativeDistributionKeysResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionKeys`` (alternativeDistributionKeys_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys


    Args:
        exists_app (bool | Unset):
        fields_alternative_distribution_keys
            (list[AlternativeDistributionKeysGetCollectionFieldsAlternativeDistributionKeysItem] |
            Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionKeysResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            exists_app=exists_app,
            fields_alternative_distribution_keys=fields_alternative_distribution_keys,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AlternativeDistributionKeysResponse] = AlternativeDistributionKeysResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.alternative_distribution_key import AlternativeDistributionKey

ITEM_TYPE: type[AlternativeDistributionKey] = AlternativeDistributionKey
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AlternativeDistributionKeysResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
