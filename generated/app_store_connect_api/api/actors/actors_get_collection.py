from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.actors_get_collection_fields_actors_item import ActorsGetCollectionFieldsActorsItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actors_response import ActorsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_id: list[str],
    fields_actors: list[ActorsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params, "fields[actors]", "fields_actors", fields_actors, "ActorsGetCollectionFieldsActorsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/actors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActorsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActorsResponse.from_dict(response.json())

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
) -> Response[ActorsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str],
    fields_actors: list[ActorsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ActorsResponse | ErrorResponse]:
    """``GET /v1/actors`` (actors_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors


    Args:
        filter_id (list[str]):
        fields_actors (list[ActorsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        fields_actors=fields_actors,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str],
    fields_actors: list[ActorsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ActorsResponse | ErrorResponse | None:
    """``GET /v1/actors`` (actors_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors


    Args:
        filter_id (list[str]):
        fields_actors (list[ActorsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_id=filter_id,
        fields_actors=fields_actors,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str],
    fields_actors: list[ActorsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ActorsResponse | ErrorResponse]:
    """``GET /v1/actors`` (actors_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors


    Args:
        filter_id (list[str]):
        fields_actors (list[ActorsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        fields_actors=fields_actors,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_id: list[str],
    fields_actors: list[ActorsGetCollectionFieldsActorsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ActorsResponse | ErrorResponse | None:
    """``GET /v1/actors`` (actors_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-actors


    Args:
        filter_id (list[str]):
        fields_actors (list[ActorsGetCollectionFieldsActorsItem] | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_id=filter_id,
            fields_actors=fields_actors,
            limit=limit,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[ActorsResponse] = ActorsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.actor import Actor

ITEM_TYPE: type[Actor] = Actor
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ActorsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
