from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.beta_groups_get_collection_fields_apps_item import BetaGroupsGetCollectionFieldsAppsItem
    from ...models.beta_groups_get_collection_fields_beta_groups_item import (
        BetaGroupsGetCollectionFieldsBetaGroupsItem,
    )
    from ...models.beta_groups_get_collection_fields_beta_recruitment_criteria_item import (
        BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem,
    )
    from ...models.beta_groups_get_collection_fields_beta_testers_item import (
        BetaGroupsGetCollectionFieldsBetaTestersItem,
    )
    from ...models.beta_groups_get_collection_fields_builds_item import (
        BetaGroupsGetCollectionFieldsBuildsItem,
    )
    from ...models.beta_groups_get_collection_include_item import BetaGroupsGetCollectionIncludeItem
    from ...models.beta_groups_get_collection_sort_item import BetaGroupsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_groups_response import BetaGroupsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_is_internal_group: list[str] | Unset = UNSET,
    filter_public_link_enabled: list[str] | Unset = UNSET,
    filter_public_link_limit_enabled: list[str] | Unset = UNSET,
    filter_public_link: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaGroupsGetCollectionSortItem] | Unset = UNSET,
    fields_beta_groups: list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_apps: list[BetaGroupsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_recruitment_criteria: list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_testers: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(
        params, "filter[isInternalGroup]", "filter_is_internal_group", filter_is_internal_group, str
    )
    _params.query_list(
        params, "filter[publicLinkEnabled]", "filter_public_link_enabled", filter_public_link_enabled, str
    )
    _params.query_list(
        params,
        "filter[publicLinkLimitEnabled]",
        "filter_public_link_limit_enabled",
        filter_public_link_limit_enabled,
        str,
    )
    _params.query_list(params, "filter[publicLink]", "filter_public_link", filter_public_link, str)
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(params, "filter[builds]", "filter_builds", filter_builds, str)
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(params, "sort", "sort", sort, "BetaGroupsGetCollectionSortItem")
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BetaGroupsGetCollectionFieldsBetaGroupsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BetaGroupsGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "BetaGroupsGetCollectionFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BetaGroupsGetCollectionFieldsBetaTestersItem",
    )
    _params.query_list(
        params,
        "fields[betaRecruitmentCriteria]",
        "fields_beta_recruitment_criteria",
        fields_beta_recruitment_criteria,
        "BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BetaGroupsGetCollectionIncludeItem")
    _params.query_value(params, "limit[betaTesters]", "limit_beta_testers", limit_beta_testers, int)
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/betaGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaGroupsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaGroupsResponse.from_dict(response.json())

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
) -> Response[BetaGroupsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_is_internal_group: list[str] | Unset = UNSET,
    filter_public_link_enabled: list[str] | Unset = UNSET,
    filter_public_link_limit_enabled: list[str] | Unset = UNSET,
    filter_public_link: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaGroupsGetCollectionSortItem] | Unset = UNSET,
    fields_beta_groups: list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_apps: list[BetaGroupsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_recruitment_criteria: list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_testers: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaGroupsResponse | ErrorResponse]:
    """``GET /v1/betaGroups`` (betaGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups


    Args:
        filter_name (list[str] | Unset):
        filter_is_internal_group (list[str] | Unset):
        filter_public_link_enabled (list[str] | Unset):
        filter_public_link_limit_enabled (list[str] | Unset):
        filter_public_link (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaGroupsGetCollectionSortItem] | Unset):
        fields_beta_groups (list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_apps (list[BetaGroupsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_testers (list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_recruitment_criteria
            (list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem] | Unset):
        limit (int | Unset):
        include (list[BetaGroupsGetCollectionIncludeItem] | Unset):
        limit_beta_testers (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaGroupsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_is_internal_group=filter_is_internal_group,
        filter_public_link_enabled=filter_public_link_enabled,
        filter_public_link_limit_enabled=filter_public_link_limit_enabled,
        filter_public_link=filter_public_link,
        filter_app=filter_app,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_groups=fields_beta_groups,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
        limit=limit,
        include=include,
        limit_beta_testers=limit_beta_testers,
        limit_builds=limit_builds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_is_internal_group: list[str] | Unset = UNSET,
    filter_public_link_enabled: list[str] | Unset = UNSET,
    filter_public_link_limit_enabled: list[str] | Unset = UNSET,
    filter_public_link: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaGroupsGetCollectionSortItem] | Unset = UNSET,
    fields_beta_groups: list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_apps: list[BetaGroupsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_recruitment_criteria: list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_testers: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaGroupsResponse | ErrorResponse | None:
    """``GET /v1/betaGroups`` (betaGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups


    Args:
        filter_name (list[str] | Unset):
        filter_is_internal_group (list[str] | Unset):
        filter_public_link_enabled (list[str] | Unset):
        filter_public_link_limit_enabled (list[str] | Unset):
        filter_public_link (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaGroupsGetCollectionSortItem] | Unset):
        fields_beta_groups (list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_apps (list[BetaGroupsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_testers (list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_recruitment_criteria
            (list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem] | Unset):
        limit (int | Unset):
        include (list[BetaGroupsGetCollectionIncludeItem] | Unset):
        limit_beta_testers (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaGroupsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_is_internal_group=filter_is_internal_group,
        filter_public_link_enabled=filter_public_link_enabled,
        filter_public_link_limit_enabled=filter_public_link_limit_enabled,
        filter_public_link=filter_public_link,
        filter_app=filter_app,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_groups=fields_beta_groups,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
        limit=limit,
        include=include,
        limit_beta_testers=limit_beta_testers,
        limit_builds=limit_builds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_is_internal_group: list[str] | Unset = UNSET,
    filter_public_link_enabled: list[str] | Unset = UNSET,
    filter_public_link_limit_enabled: list[str] | Unset = UNSET,
    filter_public_link: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaGroupsGetCollectionSortItem] | Unset = UNSET,
    fields_beta_groups: list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_apps: list[BetaGroupsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_recruitment_criteria: list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_testers: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> Response[BetaGroupsResponse | ErrorResponse]:
    """``GET /v1/betaGroups`` (betaGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups


    Args:
        filter_name (list[str] | Unset):
        filter_is_internal_group (list[str] | Unset):
        filter_public_link_enabled (list[str] | Unset):
        filter_public_link_limit_enabled (list[str] | Unset):
        filter_public_link (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaGroupsGetCollectionSortItem] | Unset):
        fields_beta_groups (list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_apps (list[BetaGroupsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_testers (list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_recruitment_criteria
            (list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem] | Unset):
        limit (int | Unset):
        include (list[BetaGroupsGetCollectionIncludeItem] | Unset):
        limit_beta_testers (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaGroupsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_is_internal_group=filter_is_internal_group,
        filter_public_link_enabled=filter_public_link_enabled,
        filter_public_link_limit_enabled=filter_public_link_limit_enabled,
        filter_public_link=filter_public_link,
        filter_app=filter_app,
        filter_builds=filter_builds,
        filter_id=filter_id,
        sort=sort,
        fields_beta_groups=fields_beta_groups,
        fields_apps=fields_apps,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
        fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
        limit=limit,
        include=include,
        limit_beta_testers=limit_beta_testers,
        limit_builds=limit_builds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_is_internal_group: list[str] | Unset = UNSET,
    filter_public_link_enabled: list[str] | Unset = UNSET,
    filter_public_link_limit_enabled: list[str] | Unset = UNSET,
    filter_public_link: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_builds: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    sort: list[BetaGroupsGetCollectionSortItem] | Unset = UNSET,
    fields_beta_groups: list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_apps: list[BetaGroupsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_builds: list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_recruitment_criteria: list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BetaGroupsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_testers: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
) -> BetaGroupsResponse | ErrorResponse | None:
    """``GET /v1/betaGroups`` (betaGroups_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups


    Args:
        filter_name (list[str] | Unset):
        filter_is_internal_group (list[str] | Unset):
        filter_public_link_enabled (list[str] | Unset):
        filter_public_link_limit_enabled (list[str] | Unset):
        filter_public_link (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_builds (list[str] | Unset):
        filter_id (list[str] | Unset):
        sort (list[BetaGroupsGetCollectionSortItem] | Unset):
        fields_beta_groups (list[BetaGroupsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_apps (list[BetaGroupsGetCollectionFieldsAppsItem] | Unset):
        fields_builds (list[BetaGroupsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_testers (list[BetaGroupsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_recruitment_criteria
            (list[BetaGroupsGetCollectionFieldsBetaRecruitmentCriteriaItem] | Unset):
        limit (int | Unset):
        include (list[BetaGroupsGetCollectionIncludeItem] | Unset):
        limit_beta_testers (int | Unset):
        limit_builds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaGroupsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_is_internal_group=filter_is_internal_group,
            filter_public_link_enabled=filter_public_link_enabled,
            filter_public_link_limit_enabled=filter_public_link_limit_enabled,
            filter_public_link=filter_public_link,
            filter_app=filter_app,
            filter_builds=filter_builds,
            filter_id=filter_id,
            sort=sort,
            fields_beta_groups=fields_beta_groups,
            fields_apps=fields_apps,
            fields_builds=fields_builds,
            fields_beta_testers=fields_beta_testers,
            fields_beta_recruitment_criteria=fields_beta_recruitment_criteria,
            limit=limit,
            include=include,
            limit_beta_testers=limit_beta_testers,
            limit_builds=limit_builds,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaGroupsResponse] = BetaGroupsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_group import BetaGroup

ITEM_TYPE: type[BetaGroup] = BetaGroup
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaGroupsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
