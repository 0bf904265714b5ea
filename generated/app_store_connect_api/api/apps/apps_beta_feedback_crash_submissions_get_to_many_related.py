from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_fields_beta_feedback_crash_submissions_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_fields_beta_testers_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_fields_builds_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_filter_app_platform_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_filter_device_platform_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_include_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem,
    )
    from ...models.apps_beta_feedback_crash_submissions_get_to_many_related_sort_item import (
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.beta_feedback_crash_submissions_response import BetaFeedbackCrashSubmissionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_device_model: list[str] | Unset = UNSET,
    filter_os_version: list[str] | Unset = UNSET,
    filter_app_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem]
    | Unset = UNSET,
    filter_device_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem]
    | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    filter_build_pre_release_version: list[str] | Unset = UNSET,
    filter_tester: list[str] | Unset = UNSET,
    sort: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_beta_feedback_crash_submissions: list[
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[deviceModel]", "filter_device_model", filter_device_model, str)
    _params.query_list(params, "filter[osVersion]", "filter_os_version", filter_os_version, str)
    _params.query_list(
        params,
        "filter[appPlatform]",
        "filter_app_platform",
        filter_app_platform,
        "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem",
    )
    _params.query_list(
        params,
        "filter[devicePlatform]",
        "filter_device_platform",
        filter_device_platform,
        "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem",
    )
    _params.query_list(params, "filter[build]", "filter_build", filter_build, str)
    _params.query_list(
        params,
        "filter[build.preReleaseVersion]",
        "filter_build_pre_release_version",
        filter_build_pre_release_version,
        str,
    )
    _params.query_list(params, "filter[tester]", "filter_tester", filter_tester, str)
    _params.query_list(
        params, "sort", "sort", sort, "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem"
    )
    _params.query_list(
        params,
        "fields[betaFeedbackCrashSubmissions]",
        "fields_beta_feedback_crash_submissions",
        fields_beta_feedback_crash_submissions,
        "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem"
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/betaFeedbackCrashSubmissions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BetaFeedbackCrashSubmissionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BetaFeedbackCrashSubmissionsResponse.from_dict(response.json())

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
) -> Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]:
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
    filter_device_model: list[str] | Unset = UNSET,
    filter_os_version: list[str] | Unset = UNSET,
    filter_app_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem]
    | Unset = UNSET,
    filter_device_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem]
    | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    filter_build_pre_release_version: list[str] | Unset = UNSET,
    filter_tester: list[str] | Unset = UNSET,
    sort: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_beta_feedback_crash_submissions: list[
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions


    Args:
        id (str):
        filter_device_model (list[str] | Unset):
        filter_os_version (list[str] | Unset):
        filter_app_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem] | Unset):
        filter_device_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem] | Unset):
        filter_build (list[str] | Unset):
        filter_build_pre_release_version (list[str] | Unset):
        filter_tester (list[str] | Unset):
        sort (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset):
        fields_beta_feedback_crash_submissions (list[AppsBetaFeedbackCrashSubmissionsGetToManyRela
            tedFieldsBetaFeedbackCrashSubmissionsItem] | Unset):
        fields_builds (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_beta_testers
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem] | Unset):
        limit (int | Unset):
        include (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_device_model=filter_device_model,
        filter_os_version=filter_os_version,
        filter_app_platform=filter_app_platform,
        filter_device_platform=filter_device_platform,
        filter_build=filter_build,
        filter_build_pre_release_version=filter_build_pre_release_version,
        filter_tester=filter_tester,
        sort=sort,
        fields_beta_feedback_crash_submissions=fields_beta_feedback_crash_submissions,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
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
    filter_device_model: list[str] | Unset = UNSET,
    filter_os_version: list[str] | Unset = UNSET,
    filter_app_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem]
    | Unset = UNSET,
    filter_device_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem]
    | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    filter_build_pre_release_version: list[str] | Unset = UNSET,
    filter_tester: list[str] | Unset = UNSET,
    sort: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_beta_feedback_crash_submissions: list[
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BetaFeedbackCrashSubmissionsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions


    Args:
        id (str):
        filter_device_model (list[str] | Unset):
        filter_os_version (list[str] | Unset):
        filter_app_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem] | Unset):
        filter_device_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem] | Unset):
        filter_build (list[str] | Unset):
        filter_build_pre_release_version (list[str] | Unset):
        filter_tester (list[str] | Unset):
        sort (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset):
        fields_beta_feedback_crash_submissions (list[AppsBetaFeedbackCrashSubmissionsGetToManyRela
            tedFieldsBetaFeedbackCrashSubmissionsItem] | Unset):
        fields_builds (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_beta_testers
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem] | Unset):
        limit (int | Unset):
        include (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaFeedbackCrashSubmissionsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_device_model=filter_device_model,
        filter_os_version=filter_os_version,
        filter_app_platform=filter_app_platform,
        filter_device_platform=filter_device_platform,
        filter_build=filter_build,
        filter_build_pre_release_version=filter_build_pre_release_version,
        filter_tester=filter_tester,
        sort=sort,
        fields_beta_feedback_crash_submissions=fields_beta_feedback_crash_submissions,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_device_model: list[str] | Unset = UNSET,
    filter_os_version: list[str] | Unset = UNSET,
    filter_app_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem]
    | Unset = UNSET,
    filter_device_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem]
    | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    filter_build_pre_release_version: list[str] | Unset = UNSET,
    filter_tester: list[str] | Unset = UNSET,
    sort: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_beta_feedback_crash_submissions: list[
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions


    Args:
        id (str):
        filter_device_model (list[str] | Unset):
        filter_os_version (list[str] | Unset):
        filter_app_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem] | Unset):
        filter_device_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem] | Unset):
        filter_build (list[str] | Unset):
        filter_build_pre_release_version (list[str] | Unset):
        filter_tester (list[str] | Unset):
        sort (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset):
        fields_beta_feedback_crash_submissions (list[AppsBetaFeedbackCrashSubmissionsGetToManyRela
            tedFieldsBetaFeedbackCrashSubmissionsItem] | Unset):
        fields_builds (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_beta_testers
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem] | Unset):
        limit (int | Unset):
        include (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_device_model=filter_device_model,
        filter_os_version=filter_os_version,
        filter_app_platform=filter_app_platform,
        filter_device_platform=filter_device_platform,
        filter_build=filter_build,
        filter_build_pre_release_version=filter_build_pre_release_version,
        filter_tester=filter_tester,
        sort=sort,
        fields_beta_feedback_crash_submissions=fields_beta_feedback_crash_submissions,
        fields_builds=fields_builds,
        fields_beta_testers=fields_beta_testers,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_device_model: list[str] | Unset = UNSET,
    filter_os_version: list[str] | Unset = UNSET,
    filter_app_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem]
    | Unset = UNSET,
    filter_device_platform: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem]
    | Unset = UNSET,
    filter_build: list[str] | Unset = UNSET,
    filter_build_pre_release_version: list[str] | Unset = UNSET,
    filter_tester: list[str] | Unset = UNSET,
    sort: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_beta_feedback_crash_submissions: list[
        AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaFeedbackCrashSubmissionsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_beta_testers: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset = UNSET,
) -> BetaFeedbackCrashSubmissionsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions


    Args:
        id (str):
        filter_device_model (list[str] | Unset):
        filter_os_version (list[str] | Unset):
        filter_app_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterAppPlatformItem] | Unset):
        filter_device_platform
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFilterDevicePlatformItem] | Unset):
        filter_build (list[str] | Unset):
        filter_build_pre_release_version (list[str] | Unset):
        filter_tester (list[str] | Unset):
        sort (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedSortItem] | Unset):
        fields_beta_feedback_crash_submissions (list[AppsBetaFeedbackCrashSubmissionsGetToManyRela
            tedFieldsBetaFeedbackCrashSubmissionsItem] | Unset):
        fields_builds (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBuildsItem] |
            Unset):
        fields_beta_testers
            (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedFieldsBetaTestersItem] | Unset):
        limit (int | Unset):
        include (list[AppsBetaFeedbackCrashSubmissionsGetToManyRelatedIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaFeedbackCrashSubmissionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_device_model=filter_device_model,
            filter_os_version=filter_os_version,
            filter_app_platform=filter_app_platform,
            filter_device_platform=filter_device_platform,
            filter_build=filter_build,
            filter_build_pre_release_version=filter_build_pre_release_version,
            filter_tester=filter_tester,
            sort=sort,
            fields_beta_feedback_crash_submissions=fields_beta_feedback_crash_submissions,
            fields_builds=fields_builds,
            fields_beta_testers=fields_beta_testers,
            limit=limit,
            include=include,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BetaFeedbackCrashSubmissionsResponse] = BetaFeedbackCrashSubmissionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.beta_feedback_crash_submission import BetaFeedbackCrashSubmission

ITEM_TYPE: type[BetaFeedbackCrashSubmission] = BetaFeedbackCrashSubmission
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BetaFeedbackCrashSubmissionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
