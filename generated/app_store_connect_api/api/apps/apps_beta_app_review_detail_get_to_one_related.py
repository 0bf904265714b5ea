from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_beta_app_review_detail_get_to_one_related_fields_beta_app_review_details_item import (
        AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_app_review_detail_without_includes_response import (
    BetaAppReviewDetailWithoutIncludesResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_app_review_details: list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaAppReviewDetails]",
        "fields_beta_app_review_details",
        fields_beta_app_review_details,
        "AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem",
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/betaAppReviewDetail".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaAppReviewDetailWithoutIncludesResponse.from_dict(response.json())

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
) -> Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]:
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
    fields_beta_app_review_details: list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
) -> Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail


    Args:
        id (str):
        fields_beta_app_review_details
            (list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_review_details=fields_beta_app_review_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_review_details: list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
) -> BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail


    Args:
        id (str):
        fields_beta_app_review_details
            (list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_app_review_details=fields_beta_app_review_details,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_review_details: list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
) -> Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail


    Args:
        id (str):
        fields_beta_app_review_details
            (list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_app_review_details=fields_beta_app_review_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_app_review_details: list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem]
    | Unset = UNSET,
) -> BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail


    Args:
        id (str):
        fields_beta_app_review_details
            (list[AppsBetaAppReviewDetailGetToOneRelatedFieldsBetaAppReviewDetailsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_app_review_details=fields_beta_app_review_details,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaAppReviewDetailWithoutIncludesResponse] = BetaAppReviewDetailWithoutIncludesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaAppReviewDetailWithoutIncludesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
