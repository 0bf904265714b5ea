from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.certificates_pass_type_id_get_to_one_related_fields_certificates_item import (
        CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem,
    )
    from ...models.certificates_pass_type_id_get_to_one_related_fields_pass_type_ids_item import (
        CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem,
    )
    from ...models.certificates_pass_type_id_get_to_one_related_include_item import (
        CertificatesPassTypeIdGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pass_type_id_response import PassTypeIdResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_pass_type_ids: list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] | Unset = UNSET,
    include: list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[passTypeIds]",
        "fields_pass_type_ids",
        fields_pass_type_ids,
        "CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem",
    )
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem",
    )
    _params.query_list(
        params, "include", "include", include, "CertificatesPassTypeIdGetToOneRelatedIncludeItem"
    )
    _params.query_value(params, "limit[certificates]", "limit_certificates", limit_certificates, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/certificates/{id}/passTypeId".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PassTypeIdResponse | None:
    if response.status_code == 200:
        response_200 = PassTypeIdResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PassTypeIdResponse]:
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
    fields_pass_type_ids: list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] | Unset = UNSET,
    include: list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | PassTypeIdResponse]:
    """``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid


    Args:
        id (str):
        fields_pass_type_ids (list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] |
            Unset):
        fields_certificates (list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] |
            Unset):
        include (list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PassTypeIdResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_pass_type_ids=fields_pass_type_ids,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pass_type_ids: list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] | Unset = UNSET,
    include: list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | PassTypeIdResponse | None:
    """``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid


    Args:
        id (str):
        fields_pass_type_ids (list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] |
            Unset):
        fields_certificates (list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] |
            Unset):
        include (list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PassTypeIdResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_pass_type_ids=fields_pass_type_ids,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pass_type_ids: list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] | Unset = UNSET,
    include: list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> Response[ErrorResponse | PassTypeIdResponse]:
    """``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid


    Args:
        id (str):
        fields_pass_type_ids (list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] |
            Unset):
        fields_certificates (list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] |
            Unset):
        include (list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PassTypeIdResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_pass_type_ids=fields_pass_type_ids,
        fields_certificates=fields_certificates,
        include=include,
        limit_certificates=limit_certificates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_pass_type_ids: list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    fields_certificates: list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] | Unset = UNSET,
    include: list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_certificates: int | Unset = UNSET,
) -> ErrorResponse | PassTypeIdResponse | None:
    """``GET /v1/certificates/{id}/passTypeId`` (certificates_passTypeId_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid


    Args:
        id (str):
        fields_pass_type_ids (list[CertificatesPassTypeIdGetToOneRelatedFieldsPassTypeIdsItem] |
            Unset):
        fields_certificates (list[CertificatesPassTypeIdGetToOneRelatedFieldsCertificatesItem] |
            Unset):
        include (list[CertificatesPassTypeIdGetToOneRelatedIncludeItem] | Unset):
        limit_certificates (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PassTypeIdResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_pass_type_ids=fields_pass_type_ids,
            fields_certificates=fields_certificates,
            include=include,
            limit_certificates=limit_certificates,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[PassTypeIdResponse] = PassTypeIdResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[ErrorResponse | PassTypeIdResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
