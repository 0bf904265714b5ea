from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_review_details_get_instance_fields_app_store_review_attachments_item import (
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem,
    )
    from ...models.app_store_review_details_get_instance_fields_app_store_review_details_item import (
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem,
    )
    from ...models.app_store_review_details_get_instance_fields_app_store_versions_item import (
        AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.app_store_review_details_get_instance_include_item import (
        AppStoreReviewDetailsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_review_detail_response import AppStoreReviewDetailResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_review_details: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_review_attachments: list[
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_review_attachments: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreReviewDetails]",
        "fields_app_store_review_details",
        fields_app_store_review_details,
        "AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreReviewAttachments]",
        "fields_app_store_review_attachments",
        fields_app_store_review_attachments,
        "AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem",
    )
    _params.query_list(params, "include", "include", include, "AppStoreReviewDetailsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[appStoreReviewAttachments]",
        "limit_app_store_review_attachments",
        limit_app_store_review_attachments,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreReviewDetails/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreReviewDetailResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreReviewDetailResponse.from_dict(response.json())

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
) -> Response[AppStoreReviewDetailResponse | ErrorResponse]:
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
    fields_app_store_review_details: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_review_attachments: list[
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_review_attachments: int | Unset = UNSET,
) -> Response[AppStoreReviewDetailResponse | ErrorResponse]:
    """``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_


    Args:
        id (str):
        fields_app_store_review_details
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_review_attachments
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem] | Unset):
        include (list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset):
        limit_app_store_review_attachments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreReviewDetailResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_review_attachments=fields_app_store_review_attachments,
        include=include,
        limit_app_store_review_attachments=limit_app_store_review_attachments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_review_details: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_review_attachments: list[
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_review_attachments: int | Unset = UNSET,
) -> AppStoreReviewDetailResponse | ErrorResponse | None:
    """``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_


    Args:
        id (str):
        fields_app_store_review_details
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_review_attachments
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem] | Unset):
        include (list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset):
        limit_app_store_review_attachments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreReviewDetailResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_review_attachments=fields_app_store_review_attachments,
        include=include,
        limit_app_store_review_attachments=limit_app_store_review_attachments,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_review_details: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_review_attachments: list[
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_review_attachments: int | Unset = UNSET,
) -> Response[AppStoreReviewDetailResponse | ErrorResponse]:
    """``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_


    Args:
        id (str):
        fields_app_store_review_details
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_review_attachments
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem] | Unset):
        include (list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset):
        limit_app_store_review_attachments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreReviewDetailResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_app_store_review_attachments=fields_app_store_review_attachments,
        include=include,
        limit_app_store_review_attachments=limit_app_store_review_attachments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_review_details: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_app_store_review_attachments: list[
        AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem
    ]
    | Unset = UNSET,
    include: list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_review_attachments: int | Unset = UNSET,
) -> AppStoreReviewDetailResponse | ErrorResponse | None:
    """``GET /v1/appStoreReviewDetails/{id}`` (appStoreReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstorereviewdetails-_id_


    Args:
        id (str):
        fields_app_store_review_details
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_versions
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_app_store_review_attachments
            (list[AppStoreReviewDetailsGetInstanceFieldsAppStoreReviewAttachmentsItem] | Unset):
        include (list[AppStoreReviewDetailsGetInstanceIncludeItem] | Unset):
        limit_app_store_review_attachments (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreReviewDetailResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_review_details=fields_app_store_review_details,
            fields_app_store_versions=fields_app_store_versions,
            fields_app_store_review_attachments=fields_app_store_review_attachments,
            include=include,
            limit_app_store_review_attachments=limit_app_store_review_attachments,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreReviewDetailResponse] = AppStoreReviewDetailResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreReviewDetailResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
