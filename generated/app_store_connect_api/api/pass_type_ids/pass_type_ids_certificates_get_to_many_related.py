from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.pass_type_ids_certificates_get_to_many_related_fields_certificates_item import (
        PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem,
    )
    from ...models.pass_type_ids_certificates_get_to_many_related_fields_pass_type_ids_item import (
        PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem,
    )
    from ...models.pass_type_ids_certificates_get_to_many_related_filter_certificate_type_item import (
        PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem,
    )
    from ...models.pass_type_ids_certificates_get_to_many_related_include_item import (
        PassTypeIdsCertificatesGetToManyRelatedIncludeItem,
    )
    from ...models.pass_type_ids_certificates_get_to_many_related_sort_item import (
        PassTypeIdsCertificatesGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificates_response import CertificatesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_display_name: list[str] | Unset = UNSET,
    filter_certificate_type: list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem]
    | Unset = UNSET,
    filter_serial_number: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[displayName]", "filter_display_name", filter_display_name, str)
    _params.query_list(
        params,
        "filter[certificateType]",
        "filter_certificate_type",
        filter_certificate_type,
        "PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem",
    )
    _params.query_list(params, "filter[serialNumber]", "filter_serial_number", filter_serial_number, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "PassTypeIdsCertificatesGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[certificates]",
        "fields_certificates",
        fields_certificates,
        "PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem",
    )
    _params.query_list(
        params,
        "fields[passTypeIds]",
        "fields_pass_type_ids",
        fields_pass_type_ids,
        "PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "PassTypeIdsCertificatesGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/passTypeIds/{id}/certificates".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificatesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CertificatesResponse.from_dict(response.json())

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
) -> Response[CertificatesResponse | ErrorResponse]:
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
    filter_display_name: list[str] | Unset = UNSET,
    filter_certificate_type: list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem]
    | Unset = UNSET,
    filter_serial_number: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CertificatesResponse | ErrorResponse]:
    """``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates


    Args:
        id (str):
        filter_display_name (list[str] | Unset):
        filter_certificate_type
            (list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem] | Unset):
        filter_serial_number (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset):
        fields_certificates (list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] |
            Unset):
        fields_pass_type_ids (list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] |
            Unset):
        limit (int | Unset):
        include (list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificatesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_display_name=filter_display_name,
        filter_certificate_type=filter_certificate_type,
        filter_serial_number=filter_serial_number,
        filter_id=filter_id,
        sort=sort,
        fields_certificates=fields_certificates,
        fields_pass_type_ids=fields_pass_type_ids,
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
    filter_display_name: list[str] | Unset = UNSET,
    filter_certificate_type: list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem]
    | Unset = UNSET,
    filter_serial_number: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CertificatesResponse | ErrorResponse | None:
    """``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates


    Args:
        id (str):
        filter_display_name (list[str] | Unset):
        filter_certificate_type
            (list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem] | Unset):
        filter_serial_number (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset):
        fields_certificates (list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] |
            Unset):
        fields_pass_type_ids (list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] |
            Unset):
        limit (int | Unset):
        include (list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificatesResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_display_name=filter_display_name,
        filter_certificate_type=filter_certificate_type,
        filter_serial_number=filter_serial_number,
        filter_id=filter_id,
        sort=sort,
        fields_certificates=fields_certificates,
        fields_pass_type_ids=fields_pass_type_ids,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_display_name: list[str] | Unset = UNSET,
    filter_certificate_type: list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem]
    | Unset = UNSET,
    filter_serial_number: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[CertificatesResponse | ErrorResponse]:
    """``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates


    Args:
        id (str):
        filter_display_name (list[str] | Unset):
        filter_certificate_type
            (list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem] | Unset):
        filter_serial_number (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset):
        fields_certificates (list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] |
            Unset):
        fields_pass_type_ids (list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] |
            Unset):
        limit (int | Unset):
        include (list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificatesResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_display_name=filter_display_name,
        filter_certificate_type=filter_certificate_type,
        filter_serial_number=filter_serial_number,
        filter_id=filter_id,
        sort=sort,
        fields_certificates=fields_certificates,
        fields_pass_type_ids=fields_pass_type_ids,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_display_name: list[str] | Unset = UNSET,
    filter_certificate_type: list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem]
    | Unset = UNSET,
    filter_serial_number: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset = UNSET,
    fields_certificates: list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] | Unset = UNSET,
    fields_pass_type_ids: list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> CertificatesResponse | ErrorResponse | None:
    """``GET /v1/passTypeIds/{id}/certificates`` (passTypeIds_certificates_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-passtypeids-_id_-certificates


    Args:
        id (str):
        filter_display_name (list[str] | Unset):
        filter_certificate_type
            (list[PassTypeIdsCertificatesGetToManyRelatedFilterCertificateTypeItem] | Unset):
        filter_serial_number (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[PassTypeIdsCertificatesGetToManyRelatedSortItem] | Unset):
        fields_certificates (list[PassTypeIdsCertificatesGetToManyRelatedFieldsCertificatesItem] |
            Unset):
        fields_pass_type_ids (list[PassTypeIdsCertificatesGetToManyRelatedFieldsPassTypeIdsItem] |
            Unset):
        limit (int | Unset):
        include (list[PassTypeIdsCertificatesGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificatesResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_display_name=filter_display_name,
            filter_certificate_type=filter_certificate_type,
            filter_serial_number=filter_serial_number,
            filter_id=filter_id,
            sort=sort,
            fields_certificates=fields_certificates,
            fields_pass_type_ids=fields_pass_type_ids,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[CertificatesResponse] = CertificatesResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.certificate import Certificate

ITEM_TYPE: type[Certificate] = Certificate
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[CertificatesResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
