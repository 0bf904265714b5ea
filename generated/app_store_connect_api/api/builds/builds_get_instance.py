from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.builds_get_instance_fields_app_encryption_declarations_item import (
        BuildsGetInstanceFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.builds_get_instance_fields_app_store_versions_item import (
        BuildsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.builds_get_instance_fields_apps_item import BuildsGetInstanceFieldsAppsItem
    from ...models.builds_get_instance_fields_beta_app_review_submissions_item import (
        BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem,
    )
    from ...models.builds_get_instance_fields_beta_build_localizations_item import (
        BuildsGetInstanceFieldsBetaBuildLocalizationsItem,
    )
    from ...models.builds_get_instance_fields_beta_groups_item import BuildsGetInstanceFieldsBetaGroupsItem
    from ...models.builds_get_instance_fields_beta_testers_item import BuildsGetInstanceFieldsBetaTestersItem
    from ...models.builds_get_instance_fields_build_beta_details_item import (
        BuildsGetInstanceFieldsBuildBetaDetailsItem,
    )
    from ...models.builds_get_instance_fields_build_bundles_item import (
        BuildsGetInstanceFieldsBuildBundlesItem,
    )
    from ...models.builds_get_instance_fields_build_icons_item import BuildsGetInstanceFieldsBuildIconsItem
    from ...models.builds_get_instance_fields_build_uploads_item import (
        BuildsGetInstanceFieldsBuildUploadsItem,
    )
    from ...models.builds_get_instance_fields_builds_item import BuildsGetInstanceFieldsBuildsItem
    from ...models.builds_get_instance_fields_pre_release_versions_item import (
        BuildsGetInstanceFieldsPreReleaseVersionsItem,
    )
    from ...models.builds_get_instance_include_item import BuildsGetInstanceIncludeItem

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
    fields_builds: list[BuildsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildsGetInstanceIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "BuildsGetInstanceFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "BuildsGetInstanceFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaTesters]",
        "fields_beta_testers",
        fields_beta_testers,
        "BuildsGetInstanceFieldsBetaTestersItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "BuildsGetInstanceFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[betaBuildLocalizations]",
        "fields_beta_build_localizations",
        fields_beta_build_localizations,
        "BuildsGetInstanceFieldsBetaBuildLocalizationsItem",
    )
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "BuildsGetInstanceFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewSubmissions]",
        "fields_beta_app_review_submissions",
        fields_beta_app_review_submissions,
        "BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem",
    )
    _params.query_list(params, "fields[apps]", "fields_apps", fields_apps, "BuildsGetInstanceFieldsAppsItem")
    _params.query_list(
        params,
        "fields[buildBetaDetails]",
        "fields_build_beta_details",
        fields_build_beta_details,
        "BuildsGetInstanceFieldsBuildBetaDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "BuildsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "BuildsGetInstanceFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[buildBundles]",
        "fields_build_bundles",
        fields_build_bundles,
        "BuildsGetInstanceFieldsBuildBundlesItem",
    )
    _params.query_list(
        params,
        "fields[buildUploads]",
        "fields_build_uploads",
        fields_build_uploads,
        "BuildsGetInstanceFieldsBuildUploadsItem",
    )
    _params.query_list(params, "include", "include", include, "BuildsGetInstanceIncludeItem")
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
        "url": "/v1/builds/{id}".format(
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
    fields_builds: list[BuildsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildsGetInstanceIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> Response[BuildResponse | ErrorResponse]:
    """``GET /v1/builds/{id}`` (builds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_


    Args:
        id (str):
        fields_builds (list[BuildsGetInstanceFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildsGetInstanceFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] |
            Unset):
        fields_app_encryption_declarations
            (list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetInstanceFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset):
        include (list[BuildsGetInstanceIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[BuildsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildsGetInstanceIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> BuildResponse | ErrorResponse | None:
    """``GET /v1/builds/{id}`` (builds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_


    Args:
        id (str):
        fields_builds (list[BuildsGetInstanceFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildsGetInstanceFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] |
            Unset):
        fields_app_encryption_declarations
            (list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetInstanceFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset):
        include (list[BuildsGetInstanceIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

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
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_build_bundles=limit_build_bundles,
        limit_icons=limit_icons,
        limit_individual_testers=limit_individual_testers,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[BuildsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildsGetInstanceIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> Response[BuildResponse | ErrorResponse]:
    """``GET /v1/builds/{id}`` (builds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_


    Args:
        id (str):
        fields_builds (list[BuildsGetInstanceFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildsGetInstanceFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] |
            Unset):
        fields_app_encryption_declarations
            (list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetInstanceFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset):
        include (list[BuildsGetInstanceIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

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
        limit_beta_build_localizations=limit_beta_build_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_build_bundles=limit_build_bundles,
        limit_icons=limit_icons,
        limit_individual_testers=limit_individual_testers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_builds: list[BuildsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_pre_release_versions: list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_testers: list[BuildsGetInstanceFieldsBetaTestersItem] | Unset = UNSET,
    fields_beta_groups: list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_beta_build_localizations: list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_beta_app_review_submissions: list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem]
    | Unset = UNSET,
    fields_apps: list[BuildsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_build_beta_details: list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset = UNSET,
    fields_app_store_versions: list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_build_icons: list[BuildsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_build_bundles: list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset = UNSET,
    fields_build_uploads: list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset = UNSET,
    include: list[BuildsGetInstanceIncludeItem] | Unset = UNSET,
    limit_beta_build_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_build_bundles: int | Unset = UNSET,
    limit_icons: int | Unset = UNSET,
    limit_individual_testers: int | Unset = UNSET,
) -> BuildResponse | ErrorResponse | None:
    """``GET /v1/builds/{id}`` (builds_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-builds-_id_


    Args:
        id (str):
        fields_builds (list[BuildsGetInstanceFieldsBuildsItem] | Unset):
        fields_pre_release_versions (list[BuildsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_testers (list[BuildsGetInstanceFieldsBetaTestersItem] | Unset):
        fields_beta_groups (list[BuildsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_beta_build_localizations (list[BuildsGetInstanceFieldsBetaBuildLocalizationsItem] |
            Unset):
        fields_app_encryption_declarations
            (list[BuildsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_beta_app_review_submissions
            (list[BuildsGetInstanceFieldsBetaAppReviewSubmissionsItem] | Unset):
        fields_apps (list[BuildsGetInstanceFieldsAppsItem] | Unset):
        fields_build_beta_details (list[BuildsGetInstanceFieldsBuildBetaDetailsItem] | Unset):
        fields_app_store_versions (list[BuildsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_build_icons (list[BuildsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_build_bundles (list[BuildsGetInstanceFieldsBuildBundlesItem] | Unset):
        fields_build_uploads (list[BuildsGetInstanceFieldsBuildUploadsItem] | Unset):
        include (list[BuildsGetInstanceIncludeItem] | Unset):
        limit_beta_build_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_build_bundles (int | Unset):
        limit_icons (int | Unset):
        limit_individual_testers (int | Unset):

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
            limit_beta_build_localizations=limit_beta_build_localizations,
            limit_beta_groups=limit_beta_groups,
            limit_build_bundles=limit_build_bundles,
            limit_icons=limit_icons,
            limit_individual_testers=limit_individual_testers,
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
