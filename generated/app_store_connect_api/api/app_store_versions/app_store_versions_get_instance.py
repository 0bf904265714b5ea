from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.app_store_versions_get_instance_fields_alternative_distribution_packages_item import (
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_clip_default_experiences_item import (
        AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_review_details_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_version_experiments_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_version_localizations_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_version_phased_releases_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_version_submissions_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem,
    )
    from ...models.app_store_versions_get_instance_fields_app_store_versions_item import (
        AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.app_store_versions_get_instance_fields_apps_item import (
        AppStoreVersionsGetInstanceFieldsAppsItem,
    )
    from ...models.app_store_versions_get_instance_fields_builds_item import (
        AppStoreVersionsGetInstanceFieldsBuildsItem,
    )
    from ...models.app_store_versions_get_instance_fields_game_center_app_versions_item import (
        AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem,
    )
    from ...models.app_store_versions_get_instance_fields_routing_app_coverages_item import (
        AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem,
    )
    from ...models.app_store_versions_get_instance_include_item import AppStoreVersionsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_version_response import AppStoreVersionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_app_store_versions: list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_apps: list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "AppStoreVersionsGetInstanceFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppStoreVersionsGetInstanceFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionPhasedReleases]",
        "fields_app_store_version_phased_releases",
        fields_app_store_version_phased_releases,
        "AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[routingAppCoverages]",
        "fields_routing_app_coverages",
        fields_routing_app_coverages,
        "AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreReviewDetails]",
        "fields_app_store_review_details",
        fields_app_store_review_details,
        "AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionSubmissions]",
        "fields_app_store_version_submissions",
        fields_app_store_version_submissions,
        "AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackages]",
        "fields_alternative_distribution_packages",
        fields_alternative_distribution_packages,
        "AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem",
    )
    _params.query_list(params, "include", "include", include, "AppStoreVersionsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[appStoreVersionExperiments]",
        "limit_app_store_version_experiments",
        limit_app_store_version_experiments,
        int,
    )
    _params.query_value(
        params,
        "limit[appStoreVersionExperimentsV2]",
        "limit_app_store_version_experiments_v2",
        limit_app_store_version_experiments_v2,
        int,
    )
    _params.query_value(
        params,
        "limit[appStoreVersionLocalizations]",
        "limit_app_store_version_localizations",
        limit_app_store_version_localizations,
        int,
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appStoreVersions/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionResponse | ErrorResponse]:
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
    fields_app_store_versions: list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_apps: list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_


    Args:
        id (str):
        fields_app_store_versions (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_apps (list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_builds (list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem] | Unset):
        fields_game_center_app_versions
            (list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AppStoreVersionsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_version_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_versions=fields_app_store_versions,
        fields_apps=fields_apps,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_builds=fields_builds,
        fields_app_store_version_phased_releases=fields_app_store_version_phased_releases,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_routing_app_coverages=fields_routing_app_coverages,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_version_submissions=fields_app_store_version_submissions,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_versions: list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_apps: list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
) -> AppStoreVersionResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_


    Args:
        id (str):
        fields_app_store_versions (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_apps (list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_builds (list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem] | Unset):
        fields_game_center_app_versions
            (list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AppStoreVersionsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_version_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_app_store_versions=fields_app_store_versions,
        fields_apps=fields_apps,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_builds=fields_builds,
        fields_app_store_version_phased_releases=fields_app_store_version_phased_releases,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_routing_app_coverages=fields_routing_app_coverages,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_version_submissions=fields_app_store_version_submissions,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_versions: list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_apps: list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
) -> Response[AppStoreVersionResponse | ErrorResponse]:
    """``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_


    Args:
        id (str):
        fields_app_store_versions (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_apps (list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_builds (list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem] | Unset):
        fields_game_center_app_versions
            (list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AppStoreVersionsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_version_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_app_store_versions=fields_app_store_versions,
        fields_apps=fields_apps,
        fields_app_store_version_localizations=fields_app_store_version_localizations,
        fields_builds=fields_builds,
        fields_app_store_version_phased_releases=fields_app_store_version_phased_releases,
        fields_game_center_app_versions=fields_game_center_app_versions,
        fields_routing_app_coverages=fields_routing_app_coverages,
        fields_app_store_review_details=fields_app_store_review_details,
        fields_app_store_version_submissions=fields_app_store_version_submissions,
        fields_app_clip_default_experiences=fields_app_clip_default_experiences,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_alternative_distribution_packages=fields_alternative_distribution_packages,
        include=include,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_app_store_versions: list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_apps: list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    include: list[AppStoreVersionsGetInstanceIncludeItem] | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
) -> AppStoreVersionResponse | ErrorResponse | None:
    """``GET /v1/appStoreVersions/{id}`` (appStoreVersions_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appstoreversions-_id_


    Args:
        id (str):
        fields_app_store_versions (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionsItem] |
            Unset):
        fields_apps (list[AppStoreVersionsGetInstanceFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionLocalizationsItem] | Unset):
        fields_builds (list[AppStoreVersionsGetInstanceFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionPhasedReleasesItem] | Unset):
        fields_game_center_app_versions
            (list[AppStoreVersionsGetInstanceFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppStoreVersionsGetInstanceFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppStoreVersionsGetInstanceFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppStoreVersionsGetInstanceFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppStoreVersionsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem] | Unset):
        include (list[AppStoreVersionsGetInstanceIncludeItem] | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_version_localizations (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_app_store_versions=fields_app_store_versions,
            fields_apps=fields_apps,
            fields_app_store_version_localizations=fields_app_store_version_localizations,
            fields_builds=fields_builds,
            fields_app_store_version_phased_releases=fields_app_store_version_phased_releases,
            fields_game_center_app_versions=fields_game_center_app_versions,
            fields_routing_app_coverages=fields_routing_app_coverages,
            fields_app_store_review_details=fields_app_store_review_details,
            fields_app_store_version_submissions=fields_app_store_version_submissions,
            fields_app_clip_default_experiences=fields_app_clip_default_experiences,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_alternative_distribution_packages=fields_alternative_distribution_packages,
            include=include,
            limit_app_store_version_experiments=limit_app_store_version_experiments,
            limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
            limit_app_store_version_localizations=limit_app_store_version_localizations,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionResponse] = AppStoreVersionResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
