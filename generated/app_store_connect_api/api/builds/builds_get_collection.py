from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.builds_get_collection_fields_app_encryption_declarations_item import (
        BuildsGetCollectionFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.builds_get_collection_fields_app_store_versions_item import (
        BuildsGetCollectionFieldsAppStoreVersionsItem,
    )
    from ...models.builds_get_collection_fields_apps_item import BuildsGetCollectionFieldsAppsItem
    from ...models.builds_get_collection_fields_beta_app_review_submissions_item import (
        BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem,
    )
    from ...models.builds_get_collection_fields_beta_build_localizations_item import (
        BuildsGetCollectionFieldsBetaBuildLocalizationsItem,
    )
    from ...models.builds_get_collection_fields_beta_groups_item import (
        BuildsGetCollectionFieldsBetaGroupsItem,
    )
    from ...models.builds_get_collection_fields_beta_testers_item import (
        BuildsGetCollectionFieldsBetaTestersItem,
    )
    from ...models.builds_get_collection_fields_build_beta_details_item import (
        BuildsGetCollectionFieldsBuildBetaDetailsItem,
    )
    from ...models.builds_get_collection_fields_build_bundles_item import (
        BuildsGetCollectionFieldsBuildBundlesItem,
    )
    from ...models.builds_get_collection_fields_build_icons_item import (
        BuildsGetCollectionFieldsBuildIconsItem,
    )
    from ...models.builds_get_collection_fields_build_uploads_item import (
        BuildsGetCollectionFieldsBuildUploadsItem,
    )
    from ...models.builds_get_collection_fields_builds_item import BuildsGetCollectionFieldsBuildsItem
    from ...models.builds_get_collection_fields_pre_release_versions_item import (
        BuildsGetCollectionFieldsPreReleaseVersionsItem,
    )
    from ...models.builds_get_collection_filter_beta_app_review_submission_beta_review_state_item import (
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem,
    )
    from ...models.builds_get_collection_filter_build_audience_type_item import (
        BuildsGetCollectionFilterBuildAudienceTypeItem,
    )
    from ...models.builds_get_collection_filter_pre_release_version_platform_item import (
        BuildsGetCollectionFilterPreReleaseVersionPlatformItem,
    )
    from ...models.builds_get_collection_filter_processing_state_item import (
        BuildsGetCollectionFilterProcessingStateItem,
    )
    from ...models.builds_get_collection_include_item import BuildsGetCollectionIncludeItem
    from ...models.builds_get_collection_sort_item import BuildsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.builds_response import BuildsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[BuildsGetCollectionFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem]
    | Unset = UNSET,
    filter_build_audience_type: list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[BuildsGetCollectionSortItem] | Unset = UNSET,
    fields_builds: list[BuildsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[version]", "filter_version", filter_version, str)
    _params.query_list(params, "filter[expired]", "filter_expired", filter_expired, str)
    _params.query_list(
        params,
        "filter[processingState]",
        "filter_processing_state",
        filter_processing_state,
        "BuildsGetCollectionFilterProcessingStateItem",
    )
    _params.query_list(
        params,
        "filter[betaAppReviewSubmission.betaReviewState]",
        "filter_beta_app_review_submission_beta_review_state",
        filter_beta_app_review_submission_beta_review_state,
        "BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem",
    )
    _params.query_list(
        params,
        "filter[usesNonExemptEncryption]",
        "filter_uses_non_exempt_encryption",
        filter_uses_non_exempt_encryption,
        str,
    )
    _params.query_list(
        params,
        "filter[preReleaseVersion.version]",
        "filter_pre_release_version_version",
        filter_pre_release_version_version,
        str,
    )
    _params.query_list(
        params,
        "filter[preReleaseVersion.platform]",
        "filter_pre_release_version_platform",
        filter_pre_release_version_platform,
        "BuildsGetCollectionFilterPreReleaseVersionPlatformItem",
    )
    _params.query_list(
        params,
        "filter[buildAudienceType]",
        "filter_build_audience_type",
        filter_build_audience_type,
        "BuildsGetCollectionFilterBuildAudienceTypeItem",
    )
    _params.query_list(
        params, "filter[preReleaseVersion]", "filter_pre_release_version", filter_pre_release_version, str
    )
    _params.query_list(params, "filter[app]", "filter_app", filter_app, str)
    _params.query_list(params, "filter[betaGroups]", "filter_beta_groups", filter_beta_groups, str)
    _params.query_list(
        params, "filter[appStoreVersion]", "filter_app_store_version", filter_app_store_version, str
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_value(
        params,
        "exists[usesNonExemptEncryption]",
        "exists_uses_non_exempt_encryption",
        exists_uses_non_exempt_encryption,
        bool,
    )
    _params.query_list(params, "sort", "sort", sort, "BuildsGetCollectionSortItem")
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "BuildsGetCollectionFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "BuildsGetCollectionFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BuildsGetCollectionFieldsBetaTestersItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BuildsGetCollectionFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[betaBuildLocalizations]",
        "fields_beta_build_localizations",
        fields_beta_build_localizations,
        "BuildsGetCollectionFieldsBetaBuildLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "BuildsGetCollectionFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewSubmissions]",
        "fields_beta_app_review_submissions",
        fields_beta_app_review_submissions,
        "BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "BuildsGetCollectionFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[buildBetaDetails]",
        "fields_build_beta_details",
        fields_build_beta_details,
        "BuildsGetCollectionFieldsBuildBetaDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "BuildsGetCollectionFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "BuildsGetCollectionFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[buildBundles]",
        "fields_build_bundles",
        fields_build_bundles,
        "BuildsGetCollectionFieldsBuildBundlesItem",
    )
    _params.query_list(
        params,
        "fields[buildUploads]",
        "fields_build_uploads",
        fields_build_uploads,
        "BuildsGetCollectionFieldsBuildUploadsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "BuildsGetCollectionIncludeItem")
    _params.query_value(
        params,
        "limit[betaBuildLocalizations]",
        "limit_beta_build_localizations",
        limit_beta_build_localizations,
        int,
    )
    _params.query_value(params, "limit[betaGroups]", "limit_beta_groups", limit_beta_groups, int)
    _params.query_value(params, "limit[buildBundles]", "limit_build_bundles", limit_build_bundles, int)
    _params.query_value(params, "limit[icons]", "limit_icons", limit_icons, int)
    _params.query_value(
        params, "limit[individualTesters]", "limit_individual_testers", limit_individual_testers, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/builds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildsResponse.from_dict(response.json())

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
) -> Response[BuildsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[BuildsGetCollectionFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem]
    | Unset = UNSET,
    filter_build_audience_type: list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[BuildsGetCollectionSortItem] | Unset = UNSET,
    fields_builds: list[BuildsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> Response[BuildsResponse | ErrorResponse]:
    """``GET /v1/builds`` (builds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds


    Args:
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[BuildsGetCollectionFilterProcessingStateItem] | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem] | Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type (list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[BuildsGetCollectionSortItem] | Unset):
        fields_builds (list[BuildsGetCollectionFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetCollectionFieldsPreReleaseVersionsItem] |
            Unset):
        fields_beta_testers (list[BuildsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
            | Unset):
        fields_app_encryption_declarations
            (list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetCollectionFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset):
        limit (int | Unset):
        include (list[BuildsGetCollectionIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_version=filter_version,
        filter_expired=filter_expired,
        filter_processing_state=filter_processing_state,
        filter_beta_app_review_submission_beta_review_state=filter_beta_app_review_submission_beta_review_state,
        filter_uses_non_exempt_encryption=filter_uses_non_exempt_encryption,
        filter_pre_release_version_version=filter_pre_release_version_version,
        filter_pre_release_version_platform=filter_pre_release_version_platform,
        filter_build_audience_type=filter_build_audience_type,
        filter_pre_release_version=filter_pre_release_version,
        filter_app=filter_app,
        filter_beta_groups=filter_beta_groups,
        filter_app_store_version=filter_app_store_version,
        filter_id=filter_id,
        exists_uses_non_exempt_encryption=exists_uses_non_exempt_encryption,
        sort=sort,
        fields_builds=fields_builds,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_testers=fields_beta_testers,
        fields_beta_groups=fields_beta_groups,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_apps=fields_apps,
        fields_build_beta_details=fields_build_beta_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_build_icons=fields_build_icons,
        fields_build_bundles=fields_build_bundles,
        fields_build_uploads=fields_build_uploads,
        limit=limit,
        include=include,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_build_bundles=limit_build_bundles,
        limit_icons=limit_icons,
        limit_individual_testers=limit_individual_testers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[BuildsGetCollectionFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem]
    | Unset = UNSET,
    filter_build_audience_type: list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[BuildsGetCollectionSortItem] | Unset = UNSET,
    fields_builds: list[BuildsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> BuildsResponse | ErrorResponse | None:
    """``GET /v1/builds`` (builds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds


    Args:
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[BuildsGetCollectionFilterProcessingStateItem] | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem] | Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type (list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[BuildsGetCollectionSortItem] | Unset):
        fields_builds (list[BuildsGetCollectionFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetCollectionFieldsPreReleaseVersionsItem] |
            Unset):
        fields_beta_testers (list[BuildsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
            | Unset):
        fields_app_encryption_declarations
            (list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetCollectionFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset):
        limit (int | Unset):
        include (list[BuildsGetCollectionIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_version=filter_version,
        filter_expired=filter_expired,
        filter_processing_state=filter_processing_state,
        filter_beta_app_review_submission_beta_review_state=filter_beta_app_review_submission_beta_review_state,
        filter_uses_non_exempt_encryption=filter_uses_non_exempt_encryption,
        filter_pre_release_version_version=filter_pre_release_version_version,
        filter_pre_release_version_platform=filter_pre_release_version_platform,
        filter_build_audience_type=filter_build_audience_type,
        filter_pre_release_version=filter_pre_release_version,
        filter_app=filter_app,
        filter_beta_groups=filter_beta_groups,
        filter_app_store_version=filter_app_store_version,
        filter_id=filter_id,
        exists_uses_non_exempt_encryption=exists_uses_non_exempt_encryption,
        sort=sort,
        fields_builds=fields_builds,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_testers=fields_beta_testers,
        fields_beta_groups=fields_beta_groups,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_apps=fields_apps,
        fields_build_beta_details=fields_build_beta_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_build_icons=fields_build_icons,
        fields_build_bundles=fields_build_bundles,
        fields_build_uploads=fields_build_uploads,
        limit=limit,
        include=include,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_build_bundles=limit_build_bundles,
        limit_icons=limit_icons,
        limit_individual_testers=limit_individual_testers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[BuildsGetCollectionFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem]
    | Unset = UNSET,
    filter_build_audience_type: list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[BuildsGetCollectionSortItem] | Unset = UNSET,
    fields_builds: list[BuildsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> Response[BuildsResponse | ErrorResponse]:
    """``GET /v1/builds`` (builds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds


    Args:
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[BuildsGetCollectionFilterProcessingStateItem] | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem] | Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type (list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[BuildsGetCollectionSortItem] | Unset):
        fields_builds (list[BuildsGetCollectionFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetCollectionFieldsPreReleaseVersionsItem] |
            Unset):
        fields_beta_testers (list[BuildsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
            | Unset):
        fields_app_encryption_declarations
            (list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetCollectionFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset):
        limit (int | Unset):
        include (list[BuildsGetCollectionIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_version=filter_version,
        filter_expired=filter_expired,
        filter_processing_state=filter_processing_state,
        filter_beta_app_review_submission_beta_review_state=filter_beta_app_review_submission_beta_review_state,
        filter_uses_non_exempt_encryption=filter_uses_non_exempt_encryption,
        filter_pre_release_version_version=filter_pre_release_version_version,
        filter_pre_release_version_platform=filter_pre_release_version_platform,
        filter_build_audience_type=filter_build_audience_type,
        filter_pre_release_version=filter_pre_release_version,
        filter_app=filter_app,
        filter_beta_groups=filter_beta_groups,
        filter_app_store_version=filter_app_store_version,
        filter_id=filter_id,
        exists_uses_non_exempt_encryption=exists_uses_non_exempt_encryption,
        sort=sort,
        fields_builds=fields_builds,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_testers=fields_beta_testers,
        fields_beta_groups=fields_beta_groups,
        fields_beta_build_localizations=fields_beta_build_localizations,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_beta_app_review_submissions=fields_beta_app_review_submissions,
        fields_apps=fields_apps,
        fields_build_beta_details=fields_build_beta_details,
        fields_app_store_versions=fields_app_store_versions,
        fields_build_icons=fields_build_icons,
        fields_build_bundles=fields_build_bundles,
        fields_build_uploads=fields_build_uploads,
        limit=limit,
        include=include,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_build_bundles=limit_build_bundles,
        limit_icons=limit_icons,
        limit_individual_testers=limit_individual_testers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[BuildsGetCollectionFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem]
    | Unset = UNSET,
    filter_build_audience_type: list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[BuildsGetCollectionSortItem] | Unset = UNSET,
    fields_builds: list[BuildsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetCollectionFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[BuildsGetCollectionIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> BuildsResponse | ErrorResponse | None:
    """``GET /v1/builds`` (builds_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds


    Args:
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[BuildsGetCollectionFilterProcessingStateItem] | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[BuildsGetCollectionFilterBetaAppReviewSubmissionBetaReviewStateItem] | Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[BuildsGetCollectionFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type (list[BuildsGetCollectionFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[BuildsGetCollectionSortItem] | Unset):
        fields_builds (list[BuildsGetCollectionFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetCollectionFieldsPreReleaseVersionsItem] |
            Unset):
        fields_beta_testers (list[BuildsGetCollectionFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetCollectionFieldsBetaBuildLocalizationsItem]
            | Unset):
        fields_app_encryption_declarations
            (list[BuildsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetCollectionFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetCollectionFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetCollectionFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetCollectionFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetCollectionFieldsBuildUploadsItem] | Unset):
        limit (int | Unset):
        include (list[BuildsGetCollectionIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_version=filter_version,
            filter_expired=filter_expired,
            filter_processing_state=filter_processing_state,
            filter_beta_app_review_submission_beta_review_state=filter_beta_app_review_submission_beta_review_state,
            filter_uses_non_exempt_encryption=filter_uses_non_exempt_encryption,
            filter_pre_release_version_version=filter_pre_release_version_version,
            filter_pre_release_version_platform=filter_pre_release_version_platform,
            filter_build_audience_type=filter_build_audience_type,
            filter_pre_release_version=filter_pre_release_version,
            filter_app=filter_app,
            filter_beta_groups=filter_beta_groups,
            filter_app_store_version=filter_app_store_version,
            filter_id=filter_id,
            exists_uses_non_exempt_encryption=exists_uses_non_exempt_encryption,
            sort=sort,
            fields_builds=fields_builds,
            fields_pre_release_versions=fields_pre_release_versions,
            fields_beta_testers=fields_beta_testers,
            fields_beta_groups=fields_beta_groups,
            fields_beta_build_localizations=fields_beta_build_localizations,
            fields_app_encryption_declarations=fields_app_encryption_declarations,
            fields_beta_app_review_submissions=fields_beta_app_review_submissions,
            fields_apps=fields_apps,
            fields_build_beta_details=fields_build_beta_details,
            fields_app_store_versions=fields_app_store_versions,
            fields_build_icons=fields_build_icons,
            fields_build_bundles=fields_build_bundles,
            fields_build_uploads=fields_build_uploads,
            limit=limit,
            include=include,
            limit_beta_build_localizations=limit_beta_build_localizations,
            limit_beta_groups=limit_beta_groups,
            limit_build_bundles=limit_build_bundles,
            limit_icons=limit_icons,
            limit_individual_testers=limit_individual_testers,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildsResponse] = BuildsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.build import Build

ITEM_TYPE: type[Build] = Build
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
