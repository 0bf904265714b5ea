from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_testers_get_instance_fields_apps_item import BetaTestersGetInstanceFieldsAppsItem
    from ...models.beta_testers_get_instance_fields_beta_groups_item import (
        BetaTestersGetInstanceFieldsBetaGroupsItem,
    )
    from ...models.beta_testers_get_instance_fields_beta_testers_item import (
        BetaTestersGetInstanceFieldsBetaTestersItem,
    )
    from ...models.beta_testers_get_instance_fields_builds_item import BetaTestersGetInstanceFieldsBuildsItem
    from ...models.beta_testers_get_instance_include_item import BetaTestersGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_tester_response import BetaTesterResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_beta_testers: list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetInstanceFieldsBuildsItem] | Unset = UNSET,
    include: list[BetaTestersGetInstanceIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BetaTestersGetInstanceFieldsBetaTestersItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BetaTestersGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BetaTestersGetInstanceFieldsBetaGroupsItem",
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "BetaTestersGetInstanceFieldsBuildsItem"
    )
    _params.query_list(params, "include", "include", include, "BetaTestersGetInstanceIncludeItem")
    _params.query_value(params, "limit[apps]", "limit_apps", limit_apps, int)
    _params.query_value(params, "limit[betaGroups]", "limit_beta_groups", limit_beta_groups, int)
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaTesters/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaTesterResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaTesterResponse.from_dict(response.json())

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
) -> Response[BetaTesterResponse | ErrorResponse]:
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
    fields_beta_testers: list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetInstanceFieldsBuildsItem] | Unset = UNSET,
    include: list[BetaTestersGetInstanceIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaTesterResponse | ErrorResponse]:
    """``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_


    Args:
        id (str):
        fields_beta_testers (list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetInstanceFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetInstanceFieldsBuildsItem] | Unset):
        include (list[BetaTestersGetInstanceIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTesterResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        include=include,
        limit_apps=limit_apps,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_testers: list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetInstanceFieldsBuildsItem] | Unset = UNSET,
    include: list[BetaTestersGetInstanceIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaTesterResponse | ErrorResponse | None:
    """``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_


    Args:
        id (str):
        fields_beta_testers (list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetInstanceFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetInstanceFieldsBuildsItem] | Unset):
        include (list[BetaTestersGetInstanceIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTesterResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        include=include,
        limit_apps=limit_apps,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_testers: list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetInstanceFieldsBuildsItem] | Unset = UNSET,
    include: list[BetaTestersGetInstanceIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaTesterResponse | ErrorResponse]:
    """``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_


    Args:
        id (str):
        fields_beta_testers (list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetInstanceFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetInstanceFieldsBuildsItem] | Unset):
        include (list[BetaTestersGetInstanceIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTesterResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        include=include,
        limit_apps=limit_apps,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_beta_testers: list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetInstanceFieldsBuildsItem] | Unset = UNSET,
    include: list[BetaTestersGetInstanceIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaTesterResponse | ErrorResponse | None:
    """``GET /v1/betaTesters/{id}`` (betaTesters_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_


    Args:
        id (str):
        fields_beta_testers (list[BetaTestersGetInstanceFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetInstanceFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetInstanceFieldsBuildsItem] | Unset):
        include (list[BetaTestersGetInstanceIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTesterResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_beta_testers=fields_beta_testers,
            fields_apps=fields_apps,
            fields_beta_groups=fields_beta_groups,
            fields_builds=fields_builds,
            include=include,
            limit_apps=limit_apps,
            limit_beta_groups=limit_beta_groups,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaTesterResponse] = BetaTesterResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaTesterResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
