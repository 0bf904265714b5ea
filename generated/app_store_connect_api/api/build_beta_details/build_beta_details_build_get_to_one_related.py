from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.build_beta_details_build_get_to_one_related_fields_app_encryption_declarations_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_app_store_versions_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_apps_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_beta_app_review_submissions_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_beta_build_localizations_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_beta_groups_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_beta_testers_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_build_beta_details_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_build_bundles_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_build_icons_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_build_uploads_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_builds_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_fields_pre_release_versions_item import (
        BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem,
    )
    from ...models.build_beta_details_build_get_to_one_related_include_item import (
        BuildBetaDetailsBuildGetToOneRelatedIncludeItem,
    )

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_response import BuildResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_builds: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params,
        "fields[builds]",
        "fields_builds",
        fields_builds,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem",
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[betaBuildLocalizations]",
        "fields_beta_build_localizations",
        fields_beta_build_localizations,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewSubmissions]",
        "fields_beta_app_review_submissions",
        fields_beta_app_review_submissions,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[apps]",
        "fields_apps",
        fields_apps,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem",
    )
    _params.query_list(
        params,
        "fields[buildBetaDetails]",
        "fields_build_beta_details",
        fields_build_beta_details,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[buildBundles]",
        "fields_build_bundles",
        fields_build_bundles,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem",
    )
    _params.query_list(
        params,
        "fields[buildUploads]",
        "fields_build_uploads",
        fields_build_uploads,
        "BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem",
    )
    _params.query_list(
        params, "include", "include", include, "BuildBetaDetailsBuildGetToOneRelatedIncludeItem"
    )
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
        "url": "/v1/buildBetaDetails/{id}/build".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BuildResponse.from_dict(response.json())

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
) -> Response[BuildResponse | ErrorResponse]:
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
    fields_builds: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> Response[BuildResponse | ErrorResponse]:
    """``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build


    Args:
        id (str):
        fields_builds (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] |
            Unset):
        fields_beta_build_localizations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] |
            Unset):
        fields_build_bundles (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] |
            Unset):
        include (list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
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
    fields_builds: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> BuildResponse | ErrorResponse | None:
    """``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build


    Args:
        id (str):
        fields_builds (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] |
            Unset):
        fields_beta_build_localizations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] |
            Unset):
        fields_build_bundles (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] |
            Unset):
        include (list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
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
    fields_builds: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> Response[BuildResponse | ErrorResponse]:
    """``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build


    Args:
        id (str):
        fields_builds (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] |
            Unset):
        fields_beta_build_localizations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] |
            Unset):
        fields_build_bundles (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] |
            Unset):
        include (list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
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
    fields_builds: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem]
    | Unset = UNSET,
    fields_beta_testers: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem
    ]
    | Unset = UNSET,
    fields_app_encryption_declarations: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem
    ]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[
        BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem
    ]
    | Unset = UNSET,
    fields_apps: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem]
    | Unset = UNSET,
    fields_app_store_versions: list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem]
    | Unset = UNSET,
    fields_build_icons: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
) -> BuildResponse | ErrorResponse | None:
    """``GET /v1/buildBetaDetails/{id}/build`` (buildBetaDetails_build_getToOneRelated):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbetadetails-_id_-build


    Args:
        id (str):
        fields_builds (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildsItem] | Unset):
        fields_pre_release_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaTestersItem] |
            Unset):
        fields_beta_groups (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaGroupsItem] |
            Unset):
        fields_beta_build_localizations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaBuildLocalizationsItem] | Unset):
        fields_app_encryption_declarations
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppsItem] | Unset):
        fields_build_beta_details
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions
            (list[BuildBetaDetailsBuildGetToOneRelatedFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildIconsItem] |
            Unset):
        fields_build_bundles (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildBundlesItem] |
            Unset):
        fields_build_uploads (list[BuildBetaDetailsBuildGetToOneRelatedFieldsBuildUploadsItem] |
            Unset):
        include (list[BuildBetaDetailsBuildGetToOneRelatedIncludeItem] | Unset):
        limit_individual_testers (int | Unset):
        limit_beta_groups (int | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_icons (int | Unset):
        limit_build_bundles (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
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
            include=include,
            limit_individual_testers=limit_individual_testers,
            limit_beta_groups=limit_beta_groups,
            limit_beta_build_localizations=limit_beta_build_localizations,
            limit_icons=limit_icons,
            limit_build_bundles=limit_build_bundles,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[BuildResponse] = BuildResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[BuildResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
