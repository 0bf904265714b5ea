from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.in_app_purchase_app_store_review_screenshots_get_instance_fields_in_app_purchase_app_store_review_screenshots_item import (
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem,
    )
    from ...models.in_app_purchase_app_store_review_screenshots_get_instance_fields_in_app_purchases_item import (
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem,
    )
    from ...models.in_app_purchase_app_store_review_screenshots_get_instance_include_item import (
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.in_app_purchase_app_store_review_screenshot_response import (
    InAppPurchaseAppStoreReviewScreenshotResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem]
    | Unset = UNSET,
    include: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[inAppPurchaseAppStoreReviewScreenshots]",
        "fields_in_app_purchase_app_store_review_screenshots",
        fields_in_app_purchase_app_store_review_screenshots,
        "InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params, "include", "include", include, "InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inAppPurchaseAppStoreReviewScreenshots/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse | None:
    if response.status_code == 200:
        response_200 = InAppPurchaseAppStoreReviewScreenshotResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]:
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
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem]
    | Unset = UNSET,
    include: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]:
    """``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_


    Args:
        id (str):
        fields_in_app_purchase_app_store_review_screenshots (list[InAppPurchaseAppStoreReviewScree
            nshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem] | Unset):
        include (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_in_app_purchases=fields_in_app_purchases,
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
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem]
    | Unset = UNSET,
    include: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse | None:
    """``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_


    Args:
        id (str):
        fields_in_app_purchase_app_store_review_screenshots (list[InAppPurchaseAppStoreReviewScree
            nshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem] | Unset):
        include (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_in_app_purchases=fields_in_app_purchases,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem]
    | Unset = UNSET,
    include: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]:
    """``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_


    Args:
        id (str):
        fields_in_app_purchase_app_store_review_screenshots (list[InAppPurchaseAppStoreReviewScree
            nshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem] | Unset):
        include (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
        fields_in_app_purchases=fields_in_app_purchases,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_in_app_purchase_app_store_review_screenshots: list[
        InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem
    ]
    | Unset = UNSET,
    fields_in_app_purchases: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem]
    | Unset = UNSET,
    include: list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset = UNSET,
) -> ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse | None:
    """``GET /v1/inAppPurchaseAppStoreReviewScreenshots/{id}`` (inAppPurchaseAppStoreReviewScreenshots_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseappstorereviewscreenshots-_id_


    Args:
        id (str):
        fields_in_app_purchase_app_store_review_screenshots (list[InAppPurchaseAppStoreReviewScree
            nshotsGetInstanceFieldsInAppPurchaseAppStoreReviewScreenshotsItem] | Unset):
        fields_in_app_purchases
            (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceFieldsInAppPurchasesItem] | Unset):
        include (list[InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_in_app_purchase_app_store_review_screenshots=fields_in_app_purchase_app_store_review_screenshots,
            fields_in_app_purchases=fields_in_app_purchases,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[InAppPurchaseAppStoreReviewScreenshotResponse] = (
    InAppPurchaseAppStoreReviewScreenshotResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | InAppPurchaseAppStoreReviewScreenshotResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
