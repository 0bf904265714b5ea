from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_app_review_details_get_instance_fields_apps_item import (
        BetaAppReviewDetailsGetInstanceFieldsAppsItem,
    )
    from ...models.beta_app_review_details_get_instance_fields_beta_app_review_details_item import (
        BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem,
    )
    from ...models.beta_app_review_details_get_instance_include_item import (
        BetaAppReviewDetailsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_app_review_detail_response import BetaAppReviewDetailResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaAppReviewDetails]",
        "fields_beta_app_review_details",
        fields_beta_app_review_details,
        "BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BetaAppReviewDetailsGetInstanceFieldsAppsItem"
    )
    _params.query_list(params, "include", "include", include, "BetaAppReviewDetailsGetInstanceIncludeItem")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaAppReviewDetails/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaAppReviewDetailResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaAppReviewDetailResponse.from_dict(response.json())

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
) -> Response[BetaAppReviewDetailResponse | ErrorResponse]:
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
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewDetailResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_


    Args:
        id (str):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset):
        include (list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
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
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
) -> BetaAppReviewDetailResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_


    Args:
        id (str):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset):
        include (list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
) -> Response[BetaAppReviewDetailResponse | ErrorResponse]:
    """``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_


    Args:
        id (str):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset):
        include (list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_apps=fields_apps,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_review_details: list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
    fields_apps: list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset = UNSET,
    include: list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset = UNSET,
) -> BetaAppReviewDetailResponse | ErrorResponse | None:
    """``GET /v1/betaAppReviewDetails/{id}`` (betaAppReviewDetails_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappreviewdetails-_id_


    Args:
        id (str):
        fields_beta_app_review_details
            (list[BetaAppReviewDetailsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset):
        fields_apps (list[BetaAppReviewDetailsGetInstanceFieldsAppsItem] | Unset):
        include (list[BetaAppReviewDetailsGetInstanceIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_app_review_details=fields_beta_app_review_details,
            fields_apps=fields_apps,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaAppReviewDetailResponse] = BetaAppReviewDetailResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaAppReviewDetailResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
