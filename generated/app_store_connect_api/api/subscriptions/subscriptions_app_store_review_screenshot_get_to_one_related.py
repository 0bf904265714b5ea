from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.subscriptions_app_store_review_screenshot_get_to_one_related_fields_subscription_app_store_review_screenshots_item import (
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem,
    )
    from ...models.subscriptions_app_store_review_screenshot_get_to_one_related_fields_subscriptions_item import (
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem,
    )
    from ...models.subscriptions_app_store_review_screenshot_get_to_one_related_include_item import (
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_app_store_review_screenshot_response import (
    SubscriptionAppStoreReviewScreenshotResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[subscriptionAppStoreReviewScreenshots]",
        "fields_subscription_app_store_review_screenshots",
        fields_subscription_app_store_review_screenshots,
        "SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptions]",
        "fields_subscriptions",
        fields_subscriptions,
        "SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem",
    )
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/appStoreReviewScreenshot".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionAppStoreReviewScreenshotResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]:
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
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]:
    """``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot


    Args:
        id (str):
        fields_subscription_app_store_review_screenshots (list[SubscriptionsAppStoreReviewScreensh
            otGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem] |
            Unset):
        include (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscriptions=fields_subscriptions,
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
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse | None:
    """``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot


    Args:
        id (str):
        fields_subscription_app_store_review_screenshots (list[SubscriptionsAppStoreReviewScreensh
            otGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem] |
            Unset):
        include (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscriptions=fields_subscriptions,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]:
    """``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot


    Args:
        id (str):
        fields_subscription_app_store_review_screenshots (list[SubscriptionsAppStoreReviewScreensh
            otGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem] |
            Unset):
        include (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
        fields_subscriptions=fields_subscriptions,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_subscription_app_store_review_screenshots: list[
        SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_subscriptions: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem]
    | Unset = UNSET,
    include: list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset = UNSET,
) -> ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse | None:
    """``GET /v1/subscriptions/{id}/appStoreReviewScreenshot`` (subscriptions_appStoreReviewScreenshot_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptions-_id_-appstorereviewscreenshot


    Args:
        id (str):
        fields_subscription_app_store_review_screenshots (list[SubscriptionsAppStoreReviewScreensh
            otGetToOneRelatedFieldsSubscriptionAppStoreReviewScreenshotsItem] | Unset):
        fields_subscriptions
            (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedFieldsSubscriptionsItem] |
            Unset):
        include (list[SubscriptionsAppStoreReviewScreenshotGetToOneRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_subscription_app_store_review_screenshots=fields_subscription_app_store_review_screenshots,
            fields_subscriptions=fields_subscriptions,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[SubscriptionAppStoreReviewScreenshotResponse] = (
    SubscriptionAppStoreReviewScreenshotResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | SubscriptionAppStoreReviewScreenshotResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
