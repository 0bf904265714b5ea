from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.webhooks_deliveries_get_to_many_related_fields_webhook_deliveries_item import (
        WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem,
    )
    from ...models.webhooks_deliveries_get_to_many_related_fields_webhook_events_item import (
        WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem,
    )
    from ...models.webhooks_deliveries_get_to_many_related_filter_delivery_state_item import (
        WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem,
    )
    from ...models.webhooks_deliveries_get_to_many_related_include_item import (
        WebhooksDeliveriesGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_deliveries_response import WebhookDeliveriesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_delivery_state: list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] | Unset = UNSET,
    filter_created_date_greater_than_or_equal_to: list[str] | Unset = UNSET,
    filter_created_date_less_than: list[str] | Unset = UNSET,
    fields_webhook_deliveries: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem]
    | Unset = UNSET,
    fields_webhook_events: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[deliveryState]",
        "filter_delivery_state",
        filter_delivery_state,
        "WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem",
    )
    _params.query_list(
        params,
        "filter[createdDateGreaterThanOrEqualTo]",
        "filter_created_date_greater_than_or_equal_to",
        filter_created_date_greater_than_or_equal_to,
        str,
    )
    _params.query_list(
        params,
        "filter[createdDateLessThan]",
        "filter_created_date_less_than",
        filter_created_date_less_than,
        str,
    )
    _params.query_list(
        params,
        "fields[webhookDeliveries]",
        "fields_webhook_deliveries",
        fields_webhook_deliveries,
        "WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem",
    )
    _params.query_list(
        params,
        "fields[webhookEvents]",
        "fields_webhook_events",
        fields_webhook_events,
        "WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "WebhooksDeliveriesGetToManyRelatedIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{id}/deliveries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookDeliveriesResponse | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveriesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WebhookDeliveriesResponse]:
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
    filter_delivery_state: list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] | Unset = UNSET,
    filter_created_date_greater_than_or_equal_to: list[str] | Unset = UNSET,
    filter_created_date_less_than: list[str] | Unset = UNSET,
    fields_webhook_deliveries: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem]
    | Unset = UNSET,
    fields_webhook_events: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | WebhookDeliveriesResponse]:
    """``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries


    Args:
        id (str):
        filter_delivery_state (list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] |
            Unset):
        filter_created_date_greater_than_or_equal_to (list[str] | Unset):
        filter_created_date_less_than (list[str] | Unset):
        fields_webhook_deliveries
            (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem] | Unset):
        fields_webhook_events (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] |
            Unset):
        limit (int | Unset):
        include (list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookDeliveriesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_delivery_state=filter_delivery_state,
        filter_created_date_greater_than_or_equal_to=filter_created_date_greater_than_or_equal_to,
        filter_created_date_less_than=filter_created_date_less_than,
        fields_webhook_deliveries=fields_webhook_deliveries,
        fields_webhook_events=fields_webhook_events,
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
    filter_delivery_state: list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] | Unset = UNSET,
    filter_created_date_greater_than_or_equal_to: list[str] | Unset = UNSET,
    filter_created_date_less_than: list[str] | Unset = UNSET,
    fields_webhook_deliveries: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem]
    | Unset = UNSET,
    fields_webhook_events: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | WebhookDeliveriesResponse | None:
    """``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries


    Args:
        id (str):
        filter_delivery_state (list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] |
            Unset):
        filter_created_date_greater_than_or_equal_to (list[str] | Unset):
        filter_created_date_less_than (list[str] | Unset):
        fields_webhook_deliveries
            (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem] | Unset):
        fields_webhook_events (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] |
            Unset):
        limit (int | Unset):
        include (list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookDeliveriesResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_delivery_state=filter_delivery_state,
        filter_created_date_greater_than_or_equal_to=filter_created_date_greater_than_or_equal_to,
        filter_created_date_less_than=filter_created_date_less_than,
        fields_webhook_deliveries=fields_webhook_deliveries,
        fields_webhook_events=fields_webhook_events,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_delivery_state: list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] | Unset = UNSET,
    filter_created_date_greater_than_or_equal_to: list[str] | Unset = UNSET,
    filter_created_date_less_than: list[str] | Unset = UNSET,
    fields_webhook_deliveries: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem]
    | Unset = UNSET,
    fields_webhook_events: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | WebhookDeliveriesResponse]:
    """``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries


    Args:
        id (str):
        filter_delivery_state (list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] |
            Unset):
        filter_created_date_greater_than_or_equal_to (list[str] | Unset):
        filter_created_date_less_than (list[str] | Unset):
        fields_webhook_deliveries
            (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem] | Unset):
        fields_webhook_events (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] |
            Unset):
        limit (int | Unset):
        include (list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookDeliveriesResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_delivery_state=filter_delivery_state,
        filter_created_date_greater_than_or_equal_to=filter_created_date_greater_than_or_equal_to,
        filter_created_date_less_than=filter_created_date_less_than,
        fields_webhook_deliveries=fields_webhook_deliveries,
        fields_webhook_events=fields_webhook_events,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_delivery_state: list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] | Unset = UNSET,
    filter_created_date_greater_than_or_equal_to: list[str] | Unset = UNSET,
    filter_created_date_less_than: list[str] | Unset = UNSET,
    fields_webhook_deliveries: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem]
    | Unset = UNSET,
    fields_webhook_events: list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | WebhookDeliveriesResponse | None:
    """``GET /v1/webhooks/{id}/deliveries`` (webhooks_deliveries_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-webhooks-_id_-deliveries


    Args:
        id (str):
        filter_delivery_state (list[WebhooksDeliveriesGetToManyRelatedFilterDeliveryStateItem] |
            Unset):
        filter_created_date_greater_than_or_equal_to (list[str] | Unset):
        filter_created_date_less_than (list[str] | Unset):
        fields_webhook_deliveries
            (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookDeliveriesItem] | Unset):
        fields_webhook_events (list[WebhooksDeliveriesGetToManyRelatedFieldsWebhookEventsItem] |
            Unset):
        limit (int | Unset):
        include (list[WebhooksDeliveriesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookDeliveriesResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_delivery_state=filter_delivery_state,
            filter_created_date_greater_than_or_equal_to=filter_created_date_greater_than_or_equal_to,
            filter_created_date_less_than=filter_created_date_less_than,
            fields_webhook_deliveries=fields_webhook_deliveries,
            fields_webhook_events=fields_webhook_events,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[WebhookDeliveriesResponse] = WebhookDeliveriesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.webhook_delivery import WebhookDelivery

ITEM_TYPE: type[WebhookDelivery] = WebhookDelivery
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | WebhookDeliveriesResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
