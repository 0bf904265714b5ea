from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_app_store_versions_get_to_many_related_fields_alternative_distribution_packages_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_clip_default_experiences_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_review_details_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_version_experiments_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_version_localizations_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_version_phased_releases_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_version_submissions_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_app_store_versions_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_apps_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_builds_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_game_center_app_versions_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_fields_routing_app_coverages_item import (
        AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_filter_app_store_state_item import (
        AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_filter_app_version_state_item import (
        AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_filter_platform_item import (
        AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem,
    )
    from ...models.apps_app_store_versions_get_to_many_related_include_item import (
        AppsAppStoreVersionsGetToManyRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_store_versions_response import AppStoreVersionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_platform: list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_app_store_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem] | Unset = UNSET,
    filter_app_version_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem]
    | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_store_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "filter[platform]",
        "filter_platform",
        filter_platform,
        "AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem",
    )
    _params.query_list(params, "filter[versionString]", "filter_version_string", filter_version_string, str)
    _params.query_list(
        params,
        "filter[appStoreState]",
        "filter_app_store_state",
        filter_app_store_state,
        "AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem",
    )
    _params.query_list(
        params,
        "filter[appVersionState]",
        "filter_app_version_state",
        filter_app_version_state,
        "AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem",
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionLocalizations]",
        "fields_app_store_version_localizations",
        fields_app_store_version_localizations,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionPhasedReleases]",
        "fields_app_store_version_phased_releases",
        fields_app_store_version_phased_releases,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterAppVersions]",
        "fields_game_center_app_versions",
        fields_game_center_app_versions,
        "AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem",
    )
    _params.query_list(
        params,
        "fields[routingAppCoverages]",
        "fields_routing_app_coverages",
        fields_routing_app_coverages,
        "AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreReviewDetails]",
        "fields_app_store_review_details",
        fields_app_store_review_details,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionSubmissions]",
        "fields_app_store_version_submissions",
        fields_app_store_version_submissions,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[appClipDefaultExperiences]",
        "fields_app_clip_default_experiences",
        fields_app_clip_default_experiences,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[alternativeDistributionPackages]",
        "fields_alternative_distribution_packages",
        fields_alternative_distribution_packages,
        "AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(
        params, "include", "include", include, "AppsAppStoreVersionsGetToManyRelatedIncludeItem"
    )
    _params.query_value(
        params,
        "limit[appStoreVersionLocalizations]",
        "limit_app_store_version_localizations",
        limit_app_store_version_localizations,
        int,
    )
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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}/appStoreVersions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppStoreVersionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppStoreVersionsResponse.from_dict(response.json())

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
) -> Response[AppStoreVersionsResponse | ErrorResponse]:
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
    filter_platform: list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_app_store_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem] | Unset = UNSET,
    filter_app_version_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem]
    | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_store_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
) -> Response[AppStoreVersionsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions


    Args:
        id (str):
        filter_platform (list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_version_string (list[str] | Unset):
        filter_app_store_state (list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem]
            | Unset):
        filter_app_version_state
            (list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_builds (list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem] |
            Unset):
        fields_game_center_app_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_app_store_version_localizations (int | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_app_store_state=filter_app_store_state,
        filter_app_version_state=filter_app_version_state,
        filter_id=filter_id,
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
        limit=limit,
        include=include,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_app_store_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem] | Unset = UNSET,
    filter_app_version_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem]
    | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_store_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
) -> AppStoreVersionsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions


    Args:
        id (str):
        filter_platform (list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_version_string (list[str] | Unset):
        filter_app_store_state (list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem]
            | Unset):
        filter_app_version_state
            (list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_builds (list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem] |
            Unset):
        fields_game_center_app_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_app_store_version_localizations (int | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_app_store_state=filter_app_store_state,
        filter_app_version_state=filter_app_version_state,
        filter_id=filter_id,
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
        limit=limit,
        include=include,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_app_store_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem] | Unset = UNSET,
    filter_app_version_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem]
    | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_store_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
) -> Response[AppStoreVersionsResponse | ErrorResponse]:
    """``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions


    Args:
        id (str):
        filter_platform (list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_version_string (list[str] | Unset):
        filter_app_store_state (list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem]
            | Unset):
        filter_app_version_state
            (list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_builds (list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem] |
            Unset):
        fields_game_center_app_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_app_store_version_localizations (int | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppStoreVersionsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        filter_platform=filter_platform,
        filter_version_string=filter_version_string,
        filter_app_store_state=filter_app_store_state,
        filter_app_version_state=filter_app_version_state,
        filter_id=filter_id,
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
        limit=limit,
        include=include,
        limit_app_store_version_localizations=limit_app_store_version_localizations,
        limit_app_store_version_experiments=limit_app_store_version_experiments,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_platform: list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset = UNSET,
    filter_version_string: list[str] | Unset = UNSET,
    filter_app_store_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem] | Unset = UNSET,
    filter_app_version_state: list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem]
    | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    fields_app_store_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_apps: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_app_store_version_localizations: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem
    ]
    | Unset = UNSET,
    fields_builds: list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_app_store_version_phased_releases: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem
    ]
    | Unset = UNSET,
    fields_game_center_app_versions: list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem]
    | Unset = UNSET,
    fields_routing_app_coverages: list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem]
    | Unset = UNSET,
    fields_app_store_review_details: list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem]
    | Unset = UNSET,
    fields_app_store_version_submissions: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem
    ]
    | Unset = UNSET,
    fields_app_clip_default_experiences: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem
    ]
    | Unset = UNSET,
    fields_app_store_version_experiments: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem
    ]
    | Unset = UNSET,
    fields_alternative_distribution_packages: list[
        AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem
    ]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_app_store_version_localizations: int | Unset = UNSET,
    limit_app_store_version_experiments: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
) -> AppStoreVersionsResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions


    Args:
        id (str):
        filter_platform (list[AppsAppStoreVersionsGetToManyRelatedFilterPlatformItem] | Unset):
        filter_version_string (list[str] | Unset):
        filter_app_store_state (list[AppsAppStoreVersionsGetToManyRelatedFilterAppStoreStateItem]
            | Unset):
        filter_app_version_state
            (list[AppsAppStoreVersionsGetToManyRelatedFilterAppVersionStateItem] | Unset):
        filter_id (list[str] | Unset):
        fields_app_store_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_apps (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_app_store_version_localizations
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionLocalizationsItem] |
            Unset):
        fields_builds (list[AppsAppStoreVersionsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_app_store_version_phased_releases
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionPhasedReleasesItem] |
            Unset):
        fields_game_center_app_versions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsGameCenterAppVersionsItem] | Unset):
        fields_routing_app_coverages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsRoutingAppCoveragesItem] | Unset):
        fields_app_store_review_details
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreReviewDetailsItem] | Unset):
        fields_app_store_version_submissions
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionSubmissionsItem] | Unset):
        fields_app_clip_default_experiences
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppClipDefaultExperiencesItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_alternative_distribution_packages
            (list[AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem] |
            Unset):
        limit (int | Unset):
        include (list[AppsAppStoreVersionsGetToManyRelatedIncludeItem] | Unset):
        limit_app_store_version_localizations (int | Unset):
        limit_app_store_version_experiments (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppStoreVersionsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_platform=filter_platform,
            filter_version_string=filter_version_string,
            filter_app_store_state=filter_app_store_state,
            filter_app_version_state=filter_app_version_state,
            filter_id=filter_id,
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
            limit=limit,
            include=include,
            limit_app_store_version_localizations=limit_app_store_version_localizations,
            limit_app_store_version_experiments=limit_app_store_version_experiments,
            limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppStoreVersionsResponse] = AppStoreVersionsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app_store_version import AppStoreVersion

ITEM_TYPE: type[AppStoreVersion] = AppStoreVersion
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppStoreVersionsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
