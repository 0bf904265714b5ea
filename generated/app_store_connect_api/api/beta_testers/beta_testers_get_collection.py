from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_testers_get_collection_fields_apps_item import BetaTestersGetCollectionFieldsAppsItem
    from ...models.beta_testers_get_collection_fields_beta_groups_item import (
        BetaTestersGetCollectionFieldsBetaGroupsItem,
    )
    from ...models.beta_testers_get_collection_fields_beta_testers_item import (
        BetaTestersGetCollectionFieldsBetaTestersItem,
    )
    from ...models.beta_testers_get_collection_fields_builds_item import (
        BetaTestersGetCollectionFieldsBuildsItem,
    )
    from ...models.beta_testers_get_collection_filter_invite_type_item import (
        BetaTestersGetCollectionFilterInviteTypeItem,
    )
    from ...models.beta_testers_get_collection_include_item import BetaTestersGetCollectionIncludeItem
    from ...models.beta_testers_get_collection_sort_item import BetaTestersGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_testers_response import BetaTestersResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_first_name: list[str] | Unset = UNSET,
    filter_last_name: list[str] | Unset = UNSET,
    filter_email: list[str] | Unset = UNSET,
    filter_invite_type: list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset = UNSET,
    filter_apps: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaTestersGetCollectionSortItem] | Unset = UNSET,
    fields_beta_testers: list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaTestersGetCollectionIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[firstName]", "filter_first_name", filter_first_name, str)
    _params.query_list(params, "filter[lastName]", "filter_last_name", filter_last_name, str)
    _params.query_list(params, "filter[email]", "filter_email", filter_email, str)
    _params.query_list(
        params,
        "filter[inviteType]",
        "filter_invite_type",
        filter_invite_type,
        "BetaTestersGetCollectionFilterInviteTypeItem",
    )
    _params.query_list(params, "filter[apps]", "filter_apps", filter_apps, str)
    _params.query_list(params, "filter[betaGroups]", "filter_beta_groups", filter_beta_groups, str)
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "BetaTestersGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BetaTestersGetCollectionFieldsBetaTestersItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BetaTestersGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BetaTestersGetCollectionFieldsBetaGroupsItem",
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "BetaTestersGetCollectionFieldsBuildsItem"
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BetaTestersGetCollectionIncludeItem")
    _params.query_value(params, "limit[apps]", "limit_apps", limit_apps, int)
    _params.query_value(params, "limit[betaGroups]", "limit_beta_groups", limit_beta_groups, int)
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaTesters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaTestersResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaTestersResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BetaTestersResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_first_name: list[str] | Unset = UNSET,
    filter_last_name: list[str] | Unset = UNSET,
    filter_email: list[str] | Unset = UNSET,
    filter_invite_type: list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset = UNSET,
    filter_apps: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaTestersGetCollectionSortItem] | Unset = UNSET,
    fields_beta_testers: list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaTestersGetCollectionIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaTestersResponse | ErrorResponse]:
    """``GET /v1/betaTesters`` (betaTesters_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters


    Args:
        filter_first_name (list[str] | Unset):
        filter_last_name (list[str] | Unset):
        filter_email (list[str] | Unset):
        filter_invite_type (list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset):
        filter_apps (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaTestersGetCollectionSortItem] | Unset):
        fields_beta_testers (list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetCollectionFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaTestersGetCollectionIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTestersResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_email=filter_email,
        filter_invite_type=filter_invite_type,
        filter_apps=filter_apps,
        filter_beta_groups=filter_beta_groups,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_first_name: list[str] | Unset = UNSET,
    filter_last_name: list[str] | Unset = UNSET,
    filter_email: list[str] | Unset = UNSET,
    filter_invite_type: list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset = UNSET,
    filter_apps: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaTestersGetCollectionSortItem] | Unset = UNSET,
    fields_beta_testers: list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaTestersGetCollectionIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaTestersResponse | ErrorResponse | None:
    """``GET /v1/betaTesters`` (betaTesters_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters


    Args:
        filter_first_name (list[str] | Unset):
        filter_last_name (list[str] | Unset):
        filter_email (list[str] | Unset):
        filter_invite_type (list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset):
        filter_apps (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaTestersGetCollectionSortItem] | Unset):
        fields_beta_testers (list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetCollectionFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaTestersGetCollectionIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTestersResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_email=filter_email,
        filter_invite_type=filter_invite_type,
        filter_apps=filter_apps,
        filter_beta_groups=filter_beta_groups,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
        limit_apps=limit_apps,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_first_name: list[str] | Unset = UNSET,
    filter_last_name: list[str] | Unset = UNSET,
    filter_email: list[str] | Unset = UNSET,
    filter_invite_type: list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset = UNSET,
    filter_apps: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaTestersGetCollectionSortItem] | Unset = UNSET,
    fields_beta_testers: list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaTestersGetCollectionIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaTestersResponse | ErrorResponse]:
    """``GET /v1/betaTesters`` (betaTesters_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters


    Args:
        filter_first_name (list[str] | Unset):
        filter_last_name (list[str] | Unset):
        filter_email (list[str] | Unset):
        filter_invite_type (list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset):
        filter_apps (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaTestersGetCollectionSortItem] | Unset):
        fields_beta_testers (list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetCollectionFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaTestersGetCollectionIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaTestersResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_email=filter_email,
        filter_invite_type=filter_invite_type,
        filter_apps=filter_apps,
        filter_beta_groups=filter_beta_groups,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_testers=fields_beta_testers,
        fields_apps=fields_apps,
        fields_beta_groups=fields_beta_groups,
        fields_builds=fields_builds,
        limit=limit,
        include=include,
        limit_apps=limit_apps,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_first_name: list[str] | Unset = UNSET,
    filter_last_name: list[str] | Unset = UNSET,
    filter_email: list[str] | Unset = UNSET,
    filter_invite_type: list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset = UNSET,
    filter_apps: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaTestersGetCollectionSortItem] | Unset = UNSET,
    fields_beta_testers: list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_apps: list[BetaTestersGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_beta_groups: list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_builds: list[BetaTestersGetCollectionFieldsBuildsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaTestersGetCollectionIncludeItem] | Unset = UNSET,
    limit_apps: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaTestersResponse | ErrorResponse | None:
    """``GET /v1/betaTesters`` (betaTesters_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters


    Args:
        filter_first_name (list[str] | Unset):
        filter_last_name (list[str] | Unset):
        filter_email (list[str] | Unset):
        filter_invite_type (list[BetaTestersGetCollectionFilterInviteTypeItem] | Unset):
        filter_apps (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaTestersGetCollectionSortItem] | Unset):
        fields_beta_testers (list[BetaTestersGetCollectionFieldsBetaTestersItem] | Unset):
        fields_apps (list[BetaTestersGetCollectionFieldsAppsItem] | Unset):
        fields_beta_groups (list[BetaTestersGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_builds (list[BetaTestersGetCollectionFieldsBuildsItem] | Unset):
        limit (int | Unset):
        include (list[BetaTestersGetCollectionIncludeItem] | Unset):
        limit_apps (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaTestersResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_first_name=filter_first_name,
            filter_last_name=filter_last_name,
            filter_email=filter_email,
            filter_invite_type=filter_invite_type,
            filter_apps=filter_apps,
            filter_beta_groups=filter_beta_groups,
            filter_builds=filter_builds,
            filter_id=filter_id,
            sort=sort,
            fields_beta_testers=fields_beta_testers,
            fields_apps=fields_apps,
            fields_beta_groups=fields_beta_groups,
            fields_builds=fields_builds,
            limit=limit,
            include=include,
            limit_apps=limit_apps,
            limit_beta_groups=limit_beta_groups,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaTestersResponse] = BetaTestersResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_tester import BetaTester

ITEM_TYPE: type[BetaTester] = BetaTester
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaTestersResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
