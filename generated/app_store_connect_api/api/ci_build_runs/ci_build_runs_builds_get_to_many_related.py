from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.ci_build_runs_builds_get_to_many_related_fields_app_encryption_declarations_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_app_store_versions_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_apps_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_beta_app_review_submissions_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_beta_build_localizations_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_beta_groups_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_beta_testers_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_build_beta_details_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_build_bundles_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_build_icons_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_build_uploads_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_builds_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_fields_pre_release_versions_item import (
        CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_filter_beta_app_review_submission_beta_review_state_item import (
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_filter_build_audience_type_item import (
        CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_filter_pre_release_version_platform_item import (
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_filter_processing_state_item import (
        CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_include_item import (
        CiBuildRunsBuildsGetToManyRelatedIncludeItem,
    )
    from ...models.ci_build_runs_builds_get_to_many_related_sort_item import (
        CiBuildRunsBuildsGetToManyRelatedSortItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.builds_response import BuildsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem
    ]
    | Unset = UNSET,
    filter_build_audience_type: list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[version]", "filter_version", filter_version, str)
    _params.query_list(params, "filter[expired]", "filter_expired", filter_expired, str)
    _params.query_list(
        params,
        "filter[processingState]",
        "filter_processing_state",
        filter_processing_state,
        "CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem",
    )
    _params.query_list(
        params,
        "filter[betaAppReviewSubmission.betaReviewState]",
        "filter_beta_app_review_submission_beta_review_state",
        filter_beta_app_review_submission_beta_review_state,
        "CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem",
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
        "CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem",
    )
    _params.query_list(
        params,
        "filter[buildAudienceType]",
        "filter_build_audience_type",
        filter_build_audience_type,
        "CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem",
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
    _params.query_list(params, "sort", "sort", sort, "CiBuildRunsBuildsGetToManyRelatedSortItem")
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[betaBuildLocalizations]",
        "fields_beta_build_localizations",
        fields_beta_build_localizations,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewSubmissions]",
        "fields_beta_app_review_submissions",
        fields_beta_app_review_submissions,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem",
    )
    _params.query_list(
        params, "fields[apps]", "fields_apps", fields_apps, "CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem"
    )
    _params.query_list(
        params,
        "fields[buildBetaDetails]",
        "fields_build_beta_details",
        fields_build_beta_details,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[buildBundles]",
        "fields_build_bundles",
        fields_build_bundles,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem",
    )
    _params.query_list(
        params,
        "fields[buildUploads]",
        "fields_build_uploads",
        fields_build_uploads,
        "CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "CiBuildRunsBuildsGetToManyRelatedIncludeItem")
    _params.query_value(
        params, "limit[individualTesters]", "limit_individual_testers", limit_individual_testers, int
    )
    _params.query_value(params, "limit[betaGroups]", "limit_beta_groups", limit_beta_groups, int)
    _params.query_value(
        params,
        "limit[betaBuildLocalizations]",
        "limit_beta_build_localizations",
        limit_beta_build_localizations,
        int,
    )
    _params.query_value(params, "limit[icons]", "limit_icons", limit_icons, int)
    _params.query_value(params, "limit[buildBundles]", "limit_build_bundles", limit_build_bundles, int)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ciBuildRuns/{id}/builds".format(
            id=quote(str(id), safe=""),
        ),
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
) -> Response[BuildsResponse | ErrorResponse]:
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
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem
    ]
    | Unset = UNSET,
    filter_build_audience_type: list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> Response[BuildsResponse | ErrorResponse]:
    """``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds


    Args:
        id (str):
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem]
            | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem] |
            Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset):
        fields_builds (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
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
        limit_individual_testers=limit_individual_testers,
        limit_beta_groups=limit_beta_groups,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_icons=limit_icons,
        limit_build_bundles=limit_build_bundles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem
    ]
    | Unset = UNSET,
    filter_build_audience_type: list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> BuildsResponse | ErrorResponse | None:
    """``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds


    Args:
        id (str):
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem]
            | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem] |
            Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset):
        fields_builds (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildsResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
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
        limit_individual_testers=limit_individual_testers,
        limit_beta_groups=limit_beta_groups,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_icons=limit_icons,
        limit_build_bundles=limit_build_bundles,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem
    ]
    | Unset = UNSET,
    filter_build_audience_type: list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> Response[BuildsResponse | ErrorResponse]:
    """``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds


    Args:
        id (str):
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem]
            | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem] |
            Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset):
        fields_builds (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
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
        limit_individual_testers=limit_individual_testers,
        limit_beta_groups=limit_beta_groups,
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_icons=limit_icons,
        limit_build_bundles=limit_build_bundles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_version: list[str] | Unset = UNSET,
    filter_expired: list[str] | Unset = UNSET,
    filter_processing_state: list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem] | Unset = UNSET,
    filter_beta_app_review_submission_beta_review_state: list[
        CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem
    ]
    | Unset = UNSET,
    filter_uses_non_exempt_encryption: list[str] | Unset = UNSET,
    filter_pre_release_version_version: list[str] | Unset = UNSET,
    filter_pre_release_version_platform: list[
        CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem
    ]
    | Unset = UNSET,
    filter_build_audience_type: list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem]
    | Unset = UNSET,
    filter_pre_release_version: list[str] | Unset = UNSET,
    filter_app: list[str] | Unset = UNSET,
    filter_beta_groups: list[str] | Unset = UNSET,
    filter_app_store_version: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_uses_non_exempt_encryption: bool | Unset = UNSET,
    sort: list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset = UNSET,
    fields_builds: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> BuildsResponse | ErrorResponse | None:
    """``GET /v1/ciBuildRuns/{id}/builds`` (ciBuildRuns_builds_getToManyRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-cibuildruns-_id_-builds


    Args:
        id (str):
        filter_version (list[str] | Unset):
        filter_expired (list[str] | Unset):
        filter_processing_state (list[CiBuildRunsBuildsGetToManyRelatedFilterProcessingStateItem]
            | Unset):
        filter_beta_app_review_submission_beta_review_state
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBetaAppReviewSubmissionBetaReviewStateItem] |
            Unset):
        filter_uses_non_exempt_encryption (list[str] | Unset):
        filter_pre_release_version_version (list[str] | Unset):
        filter_pre_release_version_platform
            (list[CiBuildRunsBuildsGetToManyRelatedFilterPreReleaseVersionPlatformItem] | Unset):
        filter_build_audience_type
            (list[CiBuildRunsBuildsGetToManyRelatedFilterBuildAudienceTypeItem] | Unset):
        filter_pre_release_version (list[str] | Unset):
        filter_app (list[str] | Unset):
        filter_beta_groups (list[str] | Unset):
        filter_app_store_version (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_uses_non_exempt_encryption (bool | Unset):
        sort (list[CiBuildRunsBuildsGetToManyRelatedSortItem] | Unset):
        fields_builds (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[CiBuildRunsBuildsGetToManyRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[CiBuildRunsBuildsGetToManyRelatedFieldsBuildUploadsItem] |
            Unset):
        limit (int | Unset):
        include (list[CiBuildRunsBuildsGetToManyRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
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
            limit_individual_testers=limit_individual_testers,
            limit_beta_groups=limit_beta_groups,
            limit_beta_build_localizations=limit_beta_build_localizations,
            limit_icons=limit_icons,
            limit_build_bundles=limit_build_bundles,
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
