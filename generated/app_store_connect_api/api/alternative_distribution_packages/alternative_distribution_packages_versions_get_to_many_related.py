from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alternative_distribution_package_versions_response import (
    AlternativeDistributionPackageVersionsResponse,
)
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

    params: dict[str, Any] = {}

    if isinstance(filter_state, list):
        params["filter[state]"] = ",".join(str(item) for item in filter_state)

    if isinstance(fields_alternative_distribution_package_versions, list):
        params["fields[alternativeDistributionPackageVersions]"] = ",".join(
            str(item) for item in fields_alternative_distribution_package_versions
        )

    if isinstance(fields_alternative_distribution_package_variants, list):
        params["fields[alternativeDistributionPackageVariants]"] = ",".join(
            str(item) for item in fields_alternative_distribution_package_variants
        )

    if isinstance(fields_alternative_distribution_package_deltas, list):
        params["fields[alternativeDistributionPackageDeltas]"] = ",".join(
            str(item) for item in fields_alternative_distribution_package_deltas
        )

    if isinstance(fields_alternative_distribution_packages, list):
        params["fields[alternativeDistributionPackages]"] = ",".join(
            str(item) for item in fields_alternative_distribution_packages
        )

    params["limit"] = limit

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params["limit[variants]"] = limit_variants

    params["limit[deltas]"] = limit_deltas

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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
