from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.alternative_distribution_packages_versions_get_to_many_related_fields_alternative_distribution_package_deltas_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem,
    )
    from ...models.alternative_distribution_packages_versions_get_to_many_related_fields_alternative_distribution_package_variants_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem,
    )
    from ...models.alternative_distribution_packages_versions_get_to_many_related_fields_alternative_distribution_package_versions_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem,
    )
    from ...models.alternative_distribution_packages_versions_get_to_many_related_fields_alternative_distribution_packages_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem,
    )
    from ...models.alternative_distribution_packages_versions_get_to_many_related_filter_state_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem,
    )
    from ...models.alternative_distribution_packages_versions_get_to_many_related_include_item import (
        AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alternative_distribution_package_versions_response import (
    AlternativeDistributionPackageVersionsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_state: list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[state]",
        "filter_state",
        filter_state,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageVersions]",
        "fields_alternative_distribution_package_versions",
        fields_alternative_distribution_package_versions,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageVariants]",
        "fields_alternative_distribution_package_variants",
        fields_alternative_distribution_package_variants,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackageDeltas]",
        "fields_alternative_distribution_package_deltas",
        fields_alternative_distribution_package_deltas,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackages]",
        "fields_alternative_distribution_packages",
        fields_alternative_distribution_packages,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params,
        "include",
        "include",
        include,
        "AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem",
    )
    _params.query_value(params, "limit[variants]", "limit_variants", limit_variants, int)
    _params.query_value(params, "limit[deltas]", "limit_deltas", limit_deltas, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/alternativeDistributionPackages/{id}/versions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlternativeDistributionPackageVersionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AlternativeDistributionPackageVersionsResponse.from_dict(response.json())

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
) -> Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]:
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
    filter_state: list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
) -> Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions


    Args:
        id (str):
        filter_state (list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
            | Unset):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackagesVersio
            nsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackagesVersionsGetT
            oManyRelatedFieldsAlternativeDistributionPackagesItem] | Unset):
        limit (int | Unset):
        include (list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_variants (int | Unset):
        limit_deltas (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        limit=limit,
        include=include,
        limit_variants=limit_variants,
        limit_deltas=limit_deltas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
) -> AlternativeDistributionPackageVersionsResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions


    Args:
        id (str):
        filter_state (list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
            | Unset):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackagesVersio
            nsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackagesVersionsGetT
            oManyRelatedFieldsAlternativeDistributionPackagesItem] | Unset):
        limit (int | Unset):
        include (list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_variants (int | Unset):
        limit_deltas (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionPackageVersionsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_state=filter_state,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        limit=limit,
        include=include,
        limit_variants=limit_variants,
        limit_deltas=limit_deltas,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
) -> Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]:
    """``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions


    Args:
        id (str):
        filter_state (list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
            | Unset):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackagesVersio
            nsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackagesVersionsGetT
            oManyRelatedFieldsAlternativeDistributionPackagesItem] | Unset):
        limit (int | Unset):
        include (list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_variants (int | Unset):
        limit_deltas (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_state=filter_state,
        fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
        fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
        fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        limit=limit,
        include=include,
        limit_variants=limit_variants,
        limit_deltas=limit_deltas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_state: list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
    | Unset = UNSET,
    fields_alternative_distribution_package_versions: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_variants: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_package_deltas: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_variants: int | Unset = UNSET,
    limit_deltas: int | Unset = UNSET,
) -> AlternativeDistributionPackageVersionsResponse | ErrorResponse | None:
    """``GET /v1/alternativeDistributionPackages/{id}/versions`` (alternativeDistributionPackages_versions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionpackages-_id_-versions


    Args:
        id (str):
        filter_state (list[AlternativeDistributionPackagesVersionsGetToManyRelatedFilterStateItem]
            | Unset):
        fields_alternative_distribution_package_versions (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVersionsItem] | Unset):
        fields_alternative_distribution_package_variants (list[AlternativeDistributionPackagesVers
            ionsGetToManyRelatedFieldsAlternativeDistributionPackageVariantsItem] | Unset):
        fields_alternative_distribution_package_deltas (list[AlternativeDistributionPackagesVersio
            nsGetToManyRelatedFieldsAlternativeDistributionPackageDeltasItem] | Unset):
        fields_alternative_distribution_packages (list[AlternativeDistributionPackagesVersionsGetT
            oManyRelatedFieldsAlternativeDistributionPackagesItem] | Unset):
        limit (int | Unset):
        include (list[AlternativeDistributionPackagesVersionsGetToManyRelatedIncludeItem] |
            Unset):
        limit_variants (int | Unset):
        limit_deltas (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlternativeDistributionPackageVersionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_state=filter_state,
            fields_alternative_distribution_package_versions=fields_alternative_distribution_package_versions,
            fields_alternative_distribution_package_variants=fields_alternative_distribution_package_variants,
            fields_alternative_distribution_package_deltas=fields_alternative_distribution_package_deltas,
            fields_alternative_distribution_packages=fields_alternative_distribution_packages,
            limit=limit,
            include=include,
            limit_variants=limit_variants,
            limit_deltas=limit_deltas,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AlternativeDistributionPackageVersionsResponse] = (
    AlternativeDistributionPackageVersionsResponse
)
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.alternative_distribution_package_version import AlternativeDistributionPackageVersion

ITEM_TYPE: type[AlternativeDistributionPackageVersion] = AlternativeDistributionPackageVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AlternativeDistributionPackageVersionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
