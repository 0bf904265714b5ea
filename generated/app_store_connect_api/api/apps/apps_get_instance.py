from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_get_instance_fields_android_to_ios_app_mapping_details_item import (
        AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem,
    )
    from ...models.apps_get_instance_fields_app_clips_item import AppsGetInstanceFieldsAppClipsItem
    from ...models.apps_get_instance_fields_app_custom_product_pages_item import (
        AppsGetInstanceFieldsAppCustomProductPagesItem,
    )
    from ...models.apps_get_instance_fields_app_encryption_declarations_item import (
        AppsGetInstanceFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.apps_get_instance_fields_app_events_item import AppsGetInstanceFieldsAppEventsItem
    from ...models.apps_get_instance_fields_app_infos_item import AppsGetInstanceFieldsAppInfosItem
    from ...models.apps_get_instance_fields_app_store_version_experiments_item import (
        AppsGetInstanceFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.apps_get_instance_fields_app_store_versions_item import (
        AppsGetInstanceFieldsAppStoreVersionsItem,
    )
    from ...models.apps_get_instance_fields_apps_item import AppsGetInstanceFieldsAppsItem
    from ...models.apps_get_instance_fields_beta_app_localizations_item import (
        AppsGetInstanceFieldsBetaAppLocalizationsItem,
    )
    from ...models.apps_get_instance_fields_beta_app_review_details_item import (
        AppsGetInstanceFieldsBetaAppReviewDetailsItem,
    )
    from ...models.apps_get_instance_fields_beta_groups_item import AppsGetInstanceFieldsBetaGroupsItem
    from ...models.apps_get_instance_fields_beta_license_agreements_item import (
        AppsGetInstanceFieldsBetaLicenseAgreementsItem,
    )
    from ...models.apps_get_instance_fields_build_icons_item import AppsGetInstanceFieldsBuildIconsItem
    from ...models.apps_get_instance_fields_builds_item import AppsGetInstanceFieldsBuildsItem
    from ...models.apps_get_instance_fields_ci_products_item import AppsGetInstanceFieldsCiProductsItem
    from ...models.apps_get_instance_fields_end_user_license_agreements_item import (
        AppsGetInstanceFieldsEndUserLicenseAgreementsItem,
    )
    from ...models.apps_get_instance_fields_game_center_details_item import (
        AppsGetInstanceFieldsGameCenterDetailsItem,
    )
    from ...models.apps_get_instance_fields_game_center_enabled_versions_item import (
        AppsGetInstanceFieldsGameCenterEnabledVersionsItem,
    )
    from ...models.apps_get_instance_fields_in_app_purchases_item import (
        AppsGetInstanceFieldsInAppPurchasesItem,
    )
    from ...models.apps_get_instance_fields_pre_release_versions_item import (
        AppsGetInstanceFieldsPreReleaseVersionsItem,
    )
    from ...models.apps_get_instance_fields_promoted_purchases_item import (
        AppsGetInstanceFieldsPromotedPurchasesItem,
    )
    from ...models.apps_get_instance_fields_review_submissions_item import (
        AppsGetInstanceFieldsReviewSubmissionsItem,
    )
    from ...models.apps_get_instance_fields_subscription_grace_periods_item import (
        AppsGetInstanceFieldsSubscriptionGracePeriodsItem,
    )
    from ...models.apps_get_instance_fields_subscription_groups_item import (
        AppsGetInstanceFieldsSubscriptionGroupsItem,
    )
    from ...models.apps_get_instance_include_item import AppsGetInstanceIncludeItem

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_response import AppResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    fields_apps: list[AppsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetInstanceFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetInstanceFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    include: list[AppsGetInstanceIncludeItem] | Unset = UNSET,
    limit_android_to_ios_app_mapping_details: int | Unset = UNSET,
    limit_app_clips: int | Unset = UNSET,
    limit_app_custom_product_pages: int | Unset = UNSET,
    limit_app_encryption_declarations: int | Unset = UNSET,
    limit_app_events: int | Unset = UNSET,
    limit_app_infos: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_versions: int | Unset = UNSET,
    limit_beta_app_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
    limit_game_center_enabled_versions: int | Unset = UNSET,
    limit_in_app_purchases: int | Unset = UNSET,
    limit_in_app_purchases_v2: int | Unset = UNSET,
    limit_pre_release_versions: int | Unset = UNSET,
    limit_promoted_purchases: int | Unset = UNSET,
    limit_review_submissions: int | Unset = UNSET,
    limit_subscription_groups: int | Unset = UNSET,
) -> dict[str, Any]:
    id = _params.path_id("id", id)

    params: dict[str, Any] = {}
    _params.query_list(params, "fields[apps]", "fields_apps", fields_apps, "AppsGetInstanceFieldsAppsItem")
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "AppsGetInstanceFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "AppsGetInstanceFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "AppsGetInstanceFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "AppsGetInstanceFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsGetInstanceFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "AppsGetInstanceFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppLocalizations]",
        "fields_beta_app_localizations",
        fields_beta_app_localizations,
        "AppsGetInstanceFieldsBetaAppLocalizationsItem",
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "AppsGetInstanceFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[betaLicenseAgreements]",
        "fields_beta_license_agreements",
        fields_beta_license_agreements,
        "AppsGetInstanceFieldsBetaLicenseAgreementsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewDetails]",
        "fields_beta_app_review_details",
        fields_beta_app_review_details,
        "AppsGetInstanceFieldsBetaAppReviewDetailsItem",
    )
    _params.query_list(
        params, "fields[appInfos]", "fields_app_infos", fields_app_infos, "AppsGetInstanceFieldsAppInfosItem"
    )
    _params.query_list(
        params, "fields[appClips]", "fields_app_clips", fields_app_clips, "AppsGetInstanceFieldsAppClipsItem"
    )
    _params.query_list(
        params,
        "fields[endUserLicenseAgreements]",
        "fields_end_user_license_agreements",
        fields_end_user_license_agreements,
        "AppsGetInstanceFieldsEndUserLicenseAgreementsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "AppsGetInstanceFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "AppsGetInstanceFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterEnabledVersions]",
        "fields_game_center_enabled_versions",
        fields_game_center_enabled_versions,
        "AppsGetInstanceFieldsGameCenterEnabledVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPages]",
        "fields_app_custom_product_pages",
        fields_app_custom_product_pages,
        "AppsGetInstanceFieldsAppCustomProductPagesItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "AppsGetInstanceFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "AppsGetInstanceFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[reviewSubmissions]",
        "fields_review_submissions",
        fields_review_submissions,
        "AppsGetInstanceFieldsReviewSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGracePeriods]",
        "fields_subscription_grace_periods",
        fields_subscription_grace_periods,
        "AppsGetInstanceFieldsSubscriptionGracePeriodsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "AppsGetInstanceFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppsGetInstanceFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[androidToIosAppMappingDetails]",
        "fields_android_to_ios_app_mapping_details",
        fields_android_to_ios_app_mapping_details,
        "AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem",
    )
    _params.query_list(params, "include", "include", include, "AppsGetInstanceIncludeItem")
    _params.query_value(
        params,
        "limit[androidToIosAppMappingDetails]",
        "limit_android_to_ios_app_mapping_details",
        limit_android_to_ios_app_mapping_details,
        int,
    )
    _params.query_value(params, "limit[appClips]", "limit_app_clips", limit_app_clips, int)
    _params.query_value(
        params,
        "limit[appCustomProductPages]",
        "limit_app_custom_product_pages",
        limit_app_custom_product_pages,
        int,
    )
    _params.query_value(
        params,
        "limit[appEncryptionDeclarations]",
        "limit_app_encryption_declarations",
        limit_app_encryption_declarations,
        int,
    )
    _params.query_value(params, "limit[appEvents]", "limit_app_events", limit_app_events, int)
    _params.query_value(params, "limit[appInfos]", "limit_app_infos", limit_app_infos, int)
    _params.query_value(
        params,
        "limit[appStoreVersionExperimentsV2]",
        "limit_app_store_version_experiments_v2",
        limit_app_store_version_experiments_v2,
        int,
    )
    _params.query_value(
        params, "limit[appStoreVersions]", "limit_app_store_versions", limit_app_store_versions, int
    )
    _params.query_value(
        params,
        "limit[betaAppLocalizations]",
        "limit_beta_app_localizations",
        limit_beta_app_localizations,
        int,
    )
    _params.query_value(params, "limit[betaGroups]", "limit_beta_groups", limit_beta_groups, int)
    _params.query_value(params, "limit[builds]", "limit_builds", limit_builds, int)
    _params.query_value(
        params,
        "limit[gameCenterEnabledVersions]",
        "limit_game_center_enabled_versions",
        limit_game_center_enabled_versions,
        int,
    )
    _params.query_value(
        params, "limit[inAppPurchases]", "limit_in_app_purchases", limit_in_app_purchases, int
    )
    _params.query_value(
        params, "limit[inAppPurchasesV2]", "limit_in_app_purchases_v2", limit_in_app_purchases_v2, int
    )
    _params.query_value(
        params, "limit[preReleaseVersions]", "limit_pre_release_versions", limit_pre_release_versions, int
    )
    _params.query_value(
        params, "limit[promotedPurchases]", "limit_promoted_purchases", limit_promoted_purchases, int
    )
    _params.query_value(
        params, "limit[reviewSubmissions]", "limit_review_submissions", limit_review_submissions, int
    )
    _params.query_value(
        params, "limit[subscriptionGroups]", "limit_subscription_groups", limit_subscription_groups, int
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apps/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppResponse.from_dict(response.json())

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
) -> Response[AppResponse | ErrorResponse]:
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
    fields_apps: list[AppsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetInstanceFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetInstanceFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    include: list[AppsGetInstanceIncludeItem] | Unset = UNSET,
    limit_android_to_ios_app_mapping_details: int | Unset = UNSET,
    limit_app_clips: int | Unset = UNSET,
    limit_app_custom_product_pages: int | Unset = UNSET,
    limit_app_encryption_declarations: int | Unset = UNSET,
    limit_app_events: int | Unset = UNSET,
    limit_app_infos: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_versions: int | Unset = UNSET,
    limit_beta_app_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
    limit_game_center_enabled_versions: int | Unset = UNSET,
    limit_in_app_purchases: int | Unset = UNSET,
    limit_in_app_purchases_v2: int | Unset = UNSET,
    limit_pre_release_versions: int | Unset = UNSET,
    limit_promoted_purchases: int | Unset = UNSET,
    limit_review_submissions: int | Unset = UNSET,
    limit_subscription_groups: int | Unset = UNSET,
) -> Response[AppResponse | ErrorResponse]:
    """``GET /v1/apps/{id}`` (apps_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_


    Args:
        id (str):
        fields_apps (list[AppsGetInstanceFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetInstanceFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetInstanceFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetInstanceFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetInstanceFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetInstanceFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetInstanceFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetInstanceFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods (list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
            | Unset):
        fields_game_center_details (list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        include (list[AppsGetInstanceIncludeItem] | Unset):
        limit_android_to_ios_app_mapping_details (int | Unset):
        limit_app_clips (int | Unset):
        limit_app_custom_product_pages (int | Unset):
        limit_app_encryption_declarations (int | Unset):
        limit_app_events (int | Unset):
        limit_app_infos (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_versions (int | Unset):
        limit_beta_app_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):
        limit_game_center_enabled_versions (int | Unset):
        limit_in_app_purchases (int | Unset):
        limit_in_app_purchases_v2 (int | Unset):
        limit_pre_release_versions (int | Unset):
        limit_promoted_purchases (int | Unset):
        limit_review_submissions (int | Unset):
        limit_subscription_groups (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_apps=fields_apps,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_build_icons=fields_build_icons,
        fields_ci_products=fields_ci_products,
        fields_beta_groups=fields_beta_groups,
        fields_app_store_versions=fields_app_store_versions,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_app_localizations=fields_beta_app_localizations,
        fields_builds=fields_builds,
        fields_beta_license_agreements=fields_beta_license_agreements,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_app_infos=fields_app_infos,
        fields_app_clips=fields_app_clips,
        fields_end_user_license_agreements=fields_end_user_license_agreements,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscription_groups=fields_subscription_groups,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_app_events=fields_app_events,
        fields_review_submissions=fields_review_submissions,
        fields_subscription_grace_periods=fields_subscription_grace_periods,
        fields_game_center_details=fields_game_center_details,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_android_to_ios_app_mapping_details=fields_android_to_ios_app_mapping_details,
        include=include,
        limit_android_to_ios_app_mapping_details=limit_android_to_ios_app_mapping_details,
        limit_app_clips=limit_app_clips,
        limit_app_custom_product_pages=limit_app_custom_product_pages,
        limit_app_encryption_declarations=limit_app_encryption_declarations,
        limit_app_events=limit_app_events,
        limit_app_infos=limit_app_infos,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_versions=limit_app_store_versions,
        limit_beta_app_localizations=limit_beta_app_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
        limit_game_center_enabled_versions=limit_game_center_enabled_versions,
        limit_in_app_purchases=limit_in_app_purchases,
        limit_in_app_purchases_v2=limit_in_app_purchases_v2,
        limit_pre_release_versions=limit_pre_release_versions,
        limit_promoted_purchases=limit_promoted_purchases,
        limit_review_submissions=limit_review_submissions,
        limit_subscription_groups=limit_subscription_groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[AppsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetInstanceFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetInstanceFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    include: list[AppsGetInstanceIncludeItem] | Unset = UNSET,
    limit_android_to_ios_app_mapping_details: int | Unset = UNSET,
    limit_app_clips: int | Unset = UNSET,
    limit_app_custom_product_pages: int | Unset = UNSET,
    limit_app_encryption_declarations: int | Unset = UNSET,
    limit_app_events: int | Unset = UNSET,
    limit_app_infos: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_versions: int | Unset = UNSET,
    limit_beta_app_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
    limit_game_center_enabled_versions: int | Unset = UNSET,
    limit_in_app_purchases: int | Unset = UNSET,
    limit_in_app_purchases_v2: int | Unset = UNSET,
    limit_pre_release_versions: int | Unset = UNSET,
    limit_promoted_purchases: int | Unset = UNSET,
    limit_review_submissions: int | Unset = UNSET,
    limit_subscription_groups: int | Unset = UNSET,
) -> AppResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}`` (apps_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_


    Args:
        id (str):
        fields_apps (list[AppsGetInstanceFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetInstanceFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetInstanceFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetInstanceFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetInstanceFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetInstanceFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetInstanceFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetInstanceFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods (list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
            | Unset):
        fields_game_center_details (list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        include (list[AppsGetInstanceIncludeItem] | Unset):
        limit_android_to_ios_app_mapping_details (int | Unset):
        limit_app_clips (int | Unset):
        limit_app_custom_product_pages (int | Unset):
        limit_app_encryption_declarations (int | Unset):
        limit_app_events (int | Unset):
        limit_app_infos (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_versions (int | Unset):
        limit_beta_app_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):
        limit_game_center_enabled_versions (int | Unset):
        limit_in_app_purchases (int | Unset):
        limit_in_app_purchases_v2 (int | Unset):
        limit_pre_release_versions (int | Unset):
        limit_promoted_purchases (int | Unset):
        limit_review_submissions (int | Unset):
        limit_subscription_groups (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | ErrorResponse

    """

    return sync_detailed(
        id=id,
        client=client,
        fields_apps=fields_apps,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_build_icons=fields_build_icons,
        fields_ci_products=fields_ci_products,
        fields_beta_groups=fields_beta_groups,
        fields_app_store_versions=fields_app_store_versions,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_app_localizations=fields_beta_app_localizations,
        fields_builds=fields_builds,
        fields_beta_license_agreements=fields_beta_license_agreements,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_app_infos=fields_app_infos,
        fields_app_clips=fields_app_clips,
        fields_end_user_license_agreements=fields_end_user_license_agreements,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscription_groups=fields_subscription_groups,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_app_events=fields_app_events,
        fields_review_submissions=fields_review_submissions,
        fields_subscription_grace_periods=fields_subscription_grace_periods,
        fields_game_center_details=fields_game_center_details,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_android_to_ios_app_mapping_details=fields_android_to_ios_app_mapping_details,
        include=include,
        limit_android_to_ios_app_mapping_details=limit_android_to_ios_app_mapping_details,
        limit_app_clips=limit_app_clips,
        limit_app_custom_product_pages=limit_app_custom_product_pages,
        limit_app_encryption_declarations=limit_app_encryption_declarations,
        limit_app_events=limit_app_events,
        limit_app_infos=limit_app_infos,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_versions=limit_app_store_versions,
        limit_beta_app_localizations=limit_beta_app_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
        limit_game_center_enabled_versions=limit_game_center_enabled_versions,
        limit_in_app_purchases=limit_in_app_purchases,
        limit_in_app_purchases_v2=limit_in_app_purchases_v2,
        limit_pre_release_versions=limit_pre_release_versions,
        limit_promoted_purchases=limit_promoted_purchases,
        limit_review_submissions=limit_review_submissions,
        limit_subscription_groups=limit_subscription_groups,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[AppsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetInstanceFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetInstanceFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    include: list[AppsGetInstanceIncludeItem] | Unset = UNSET,
    limit_android_to_ios_app_mapping_details: int | Unset = UNSET,
    limit_app_clips: int | Unset = UNSET,
    limit_app_custom_product_pages: int | Unset = UNSET,
    limit_app_encryption_declarations: int | Unset = UNSET,
    limit_app_events: int | Unset = UNSET,
    limit_app_infos: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_versions: int | Unset = UNSET,
    limit_beta_app_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
    limit_game_center_enabled_versions: int | Unset = UNSET,
    limit_in_app_purchases: int | Unset = UNSET,
    limit_in_app_purchases_v2: int | Unset = UNSET,
    limit_pre_release_versions: int | Unset = UNSET,
    limit_promoted_purchases: int | Unset = UNSET,
    limit_review_submissions: int | Unset = UNSET,
    limit_subscription_groups: int | Unset = UNSET,
) -> Response[AppResponse | ErrorResponse]:
    """``GET /v1/apps/{id}`` (apps_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_


    Args:
        id (str):
        fields_apps (list[AppsGetInstanceFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetInstanceFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetInstanceFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetInstanceFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetInstanceFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetInstanceFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetInstanceFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetInstanceFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods (list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
            | Unset):
        fields_game_center_details (list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        include (list[AppsGetInstanceIncludeItem] | Unset):
        limit_android_to_ios_app_mapping_details (int | Unset):
        limit_app_clips (int | Unset):
        limit_app_custom_product_pages (int | Unset):
        limit_app_encryption_declarations (int | Unset):
        limit_app_events (int | Unset):
        limit_app_infos (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_versions (int | Unset):
        limit_beta_app_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):
        limit_game_center_enabled_versions (int | Unset):
        limit_in_app_purchases (int | Unset):
        limit_in_app_purchases_v2 (int | Unset):
        limit_pre_release_versions (int | Unset):
        limit_promoted_purchases (int | Unset):
        limit_review_submissions (int | Unset):
        limit_subscription_groups (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        id=id,
        fields_apps=fields_apps,
        fields_app_encryption_declarations=fields_app_encryption_declarations,
        fields_build_icons=fields_build_icons,
        fields_ci_products=fields_ci_products,
        fields_beta_groups=fields_beta_groups,
        fields_app_store_versions=fields_app_store_versions,
        fields_pre_release_versions=fields_pre_release_versions,
        fields_beta_app_localizations=fields_beta_app_localizations,
        fields_builds=fields_builds,
        fields_beta_license_agreements=fields_beta_license_agreements,
        fields_beta_app_review_details=fields_beta_app_review_details,
        fields_app_infos=fields_app_infos,
        fields_app_clips=fields_app_clips,
        fields_end_user_license_agreements=fields_end_user_license_agreements,
        fields_in_app_purchases=fields_in_app_purchases,
        fields_subscription_groups=fields_subscription_groups,
        fields_game_center_enabled_versions=fields_game_center_enabled_versions,
        fields_app_custom_product_pages=fields_app_custom_product_pages,
        fields_promoted_purchases=fields_promoted_purchases,
        fields_app_events=fields_app_events,
        fields_review_submissions=fields_review_submissions,
        fields_subscription_grace_periods=fields_subscription_grace_periods,
        fields_game_center_details=fields_game_center_details,
        fields_app_store_version_experiments=fields_app_store_version_experiments,
        fields_android_to_ios_app_mapping_details=fields_android_to_ios_app_mapping_details,
        include=include,
        limit_android_to_ios_app_mapping_details=limit_android_to_ios_app_mapping_details,
        limit_app_clips=limit_app_clips,
        limit_app_custom_product_pages=limit_app_custom_product_pages,
        limit_app_encryption_declarations=limit_app_encryption_declarations,
        limit_app_events=limit_app_events,
        limit_app_infos=limit_app_infos,
        limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
        limit_app_store_versions=limit_app_store_versions,
        limit_beta_app_localizations=limit_beta_app_localizations,
        limit_beta_groups=limit_beta_groups,
        limit_builds=limit_builds,
        limit_game_center_enabled_versions=limit_game_center_enabled_versions,
        limit_in_app_purchases=limit_in_app_purchases,
        limit_in_app_purchases_v2=limit_in_app_purchases_v2,
        limit_pre_release_versions=limit_pre_release_versions,
        limit_promoted_purchases=limit_promoted_purchases,
        limit_review_submissions=limit_review_submissions,
        limit_subscription_groups=limit_subscription_groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields_apps: list[AppsGetInstanceFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetInstanceFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetInstanceFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetInstanceFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetInstanceFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetInstanceFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetInstanceFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetInstanceFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetInstanceFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetInstanceFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    include: list[AppsGetInstanceIncludeItem] | Unset = UNSET,
    limit_android_to_ios_app_mapping_details: int | Unset = UNSET,
    limit_app_clips: int | Unset = UNSET,
    limit_app_custom_product_pages: int | Unset = UNSET,
    limit_app_encryption_declarations: int | Unset = UNSET,
    limit_app_events: int | Unset = UNSET,
    limit_app_infos: int | Unset = UNSET,
    limit_app_store_version_experiments_v2: int | Unset = UNSET,
    limit_app_store_versions: int | Unset = UNSET,
    limit_beta_app_localizations: int | Unset = UNSET,
    limit_beta_groups: int | Unset = UNSET,
    limit_builds: int | Unset = UNSET,
    limit_game_center_enabled_versions: int | Unset = UNSET,
    limit_in_app_purchases: int | Unset = UNSET,
    limit_in_app_purchases_v2: int | Unset = UNSET,
    limit_pre_release_versions: int | Unset = UNSET,
    limit_promoted_purchases: int | Unset = UNSET,
    limit_review_submissions: int | Unset = UNSET,
    limit_subscription_groups: int | Unset = UNSET,
) -> AppResponse | ErrorResponse | None:
    """``GET /v1/apps/{id}`` (apps_getInstance):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_


    Args:
        id (str):
        fields_apps (list[AppsGetInstanceFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetInstanceFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetInstanceFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetInstanceFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetInstanceFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetInstanceFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetInstanceFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetInstanceFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetInstanceFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetInstanceFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetInstanceFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetInstanceFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetInstanceFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetInstanceFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetInstanceFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetInstanceFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetInstanceFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetInstanceFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetInstanceFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetInstanceFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetInstanceFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods (list[AppsGetInstanceFieldsSubscriptionGracePeriodsItem]
            | Unset):
        fields_game_center_details (list[AppsGetInstanceFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetInstanceFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetInstanceFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        include (list[AppsGetInstanceIncludeItem] | Unset):
        limit_android_to_ios_app_mapping_details (int | Unset):
        limit_app_clips (int | Unset):
        limit_app_custom_product_pages (int | Unset):
        limit_app_encryption_declarations (int | Unset):
        limit_app_events (int | Unset):
        limit_app_infos (int | Unset):
        limit_app_store_version_experiments_v2 (int | Unset):
        limit_app_store_versions (int | Unset):
        limit_beta_app_localizations (int | Unset):
        limit_beta_groups (int | Unset):
        limit_builds (int | Unset):
        limit_game_center_enabled_versions (int | Unset):
        limit_in_app_purchases (int | Unset):
        limit_in_app_purchases_v2 (int | Unset):
        limit_pre_release_versions (int | Unset):
        limit_promoted_purchases (int | Unset):
        limit_review_submissions (int | Unset):
        limit_subscription_groups (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields_apps=fields_apps,
            fields_app_encryption_declarations=fields_app_encryption_declarations,
            fields_build_icons=fields_build_icons,
            fields_ci_products=fields_ci_products,
            fields_beta_groups=fields_beta_groups,
            fields_app_store_versions=fields_app_store_versions,
            fields_pre_release_versions=fields_pre_release_versions,
            fields_beta_app_localizations=fields_beta_app_localizations,
            fields_builds=fields_builds,
            fields_beta_license_agreements=fields_beta_license_agreements,
            fields_beta_app_review_details=fields_beta_app_review_details,
            fields_app_infos=fields_app_infos,
            fields_app_clips=fields_app_clips,
            fields_end_user_license_agreements=fields_end_user_license_agreements,
            fields_in_app_purchases=fields_in_app_purchases,
            fields_subscription_groups=fields_subscription_groups,
            fields_game_center_enabled_versions=fields_game_center_enabled_versions,
            fields_app_custom_product_pages=fields_app_custom_product_pages,
            fields_promoted_purchases=fields_promoted_purchases,
            fields_app_events=fields_app_events,
            fields_review_submissions=fields_review_submissions,
            fields_subscription_grace_periods=fields_subscription_grace_periods,
            fields_game_center_details=fields_game_center_details,
            fields_app_store_version_experiments=fields_app_store_version_experiments,
            fields_android_to_ios_app_mapping_details=fields_android_to_ios_app_mapping_details,
            include=include,
            limit_android_to_ios_app_mapping_details=limit_android_to_ios_app_mapping_details,
            limit_app_clips=limit_app_clips,
            limit_app_custom_product_pages=limit_app_custom_product_pages,
            limit_app_encryption_declarations=limit_app_encryption_declarations,
            limit_app_events=limit_app_events,
            limit_app_infos=limit_app_infos,
            limit_app_store_version_experiments_v2=limit_app_store_version_experiments_v2,
            limit_app_store_versions=limit_app_store_versions,
            limit_beta_app_localizations=limit_beta_app_localizations,
            limit_beta_groups=limit_beta_groups,
            limit_builds=limit_builds,
            limit_game_center_enabled_versions=limit_game_center_enabled_versions,
            limit_in_app_purchases=limit_in_app_purchases,
            limit_in_app_purchases_v2=limit_in_app_purchases_v2,
            limit_pre_release_versions=limit_pre_release_versions,
            limit_promoted_purchases=limit_promoted_purchases,
            limit_review_submissions=limit_review_submissions,
            limit_subscription_groups=limit_subscription_groups,
        )
    ).parsed


from app_store_connect import _params

SUCCESS_TYPE: type[AppResponse] = AppResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
