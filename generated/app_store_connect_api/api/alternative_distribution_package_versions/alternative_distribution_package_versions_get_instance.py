from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.alternative_distribution_package_versions_get_instance_fields_alternative_distribution_package_deltas_item import (
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem,
    )
    from ...models.alternative_distribution_package_versions_get_instance_fields_alternative_distribution_package_variants_item import (
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem,
    )
    from ...models.alternative_distribution_package_versions_get_instance_fields_alternative_distribution_package_versions_item import (
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem,
    )
    from ...models.alternative_distribution_package_versions_get_instance_fields_alternative_distribution_packages_item import (
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem,
    )
    from ...models.alternative_distribution_package_versions_get_instance_include_item import (
        AlternativeDistributionPackageVersionsGetInstanceIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alternative_distribution_package_version_response import (
    AlternativeDistributionPackageVersionResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageVersions]",
        "fields_alternative_distribution_package_versions",
        fields_alternative_distribution_package_versions,
        "AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageVariants]",
        "fields_alternative_distribution_package_variants",
        fields_alternative_distribution_package_variants,
        "AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageDeltas]",
        "fields_alternative_distribution_package_deltas",
        fields_alternative_distribution_package_deltas,
        "AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackages]",
        "fields_alternative_distribution_packages",
        fields_alternative_distribution_packages,
        "AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem",
    )
    _params.query_list(
        params, "include", "include", include, "AlternativeDistributionPackageVersionsGetInstanceIncludeItem"
    )
    _params.query_value(params, "limit[deltas]", "limit_deltas", limit_deltas, int)
    _params.query_value(params, "limit[variants]", "limit_variants", limit_variants, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alternativeDistributionPackageVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlternativeDistributionPackageVersionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlternativeDistributionPackageVersionResponse.from_dict(response.json())

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
) -> Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]:
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
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
) -> Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_


    Args:
        id (str):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackageVersion
            sGetInstanceFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackageVersionsGetIn
            stanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset):
        limit_deltas (int | Unset):
        limit_variants (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_deltas=limit_deltas,
        limit_variants=limit_variants,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
) -> AlternativeDistributionPackageVersionResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_


    Args:
        id (str):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackageVersion
            sGetInstanceFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackageVersionsGetIn
            stanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset):
        limit_deltas (int | Unset):
        limit_variants (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionPackageVersionResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_deltas=limit_deltas,
        limit_variants=limit_variants,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
) -> Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_


    Args:
        id (str):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackageVersion
            sGetInstanceFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackageVersionsGetIn
            stanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset):
        limit_deltas (int | Unset):
        limit_variants (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_deltas=limit_deltas,
        limit_variants=limit_variants,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
) -> AlternativeDistributionPackageVersionResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionPackageVersions/{id}`` (alternativeDistributionPackageVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackageversions-_id_


    Args:
        id (str):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackageVersi
            onsGetInstanceFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackageVersion
            sGetInstanceFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackageVersionsGetIn
            stanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AlternativeDistributionPackageVersionsGetInstanceIncludeItem] | Unset):
        limit_deltas (int | Unset):
        limit_variants (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionPackageVersionResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
            fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
            fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
            fields_alternative_distribution_packages=fields_alternative_distribution_packages,
            include=include,
            limit_deltas=limit_deltas,
            limit_variants=limit_variants,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AlternativeDistributionPackageVersionResponse] = (
    AlternativeDistributionPackageVersionResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AlternativeDistributionPackageVersionResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
