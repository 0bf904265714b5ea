from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models.apps_get_collection_fields_android_to_ios_app_mapping_details_item import (
        AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem,
    )
    from ...models.apps_get_collection_fields_app_clips_item import AppsGetCollectionFieldsAppClipsItem
    from ...models.apps_get_collection_fields_app_custom_product_pages_item import (
        AppsGetCollectionFieldsAppCustomProductPagesItem,
    )
    from ...models.apps_get_collection_fields_app_encryption_declarations_item import (
        AppsGetCollectionFieldsAppEncryptionDeclarationsItem,
    )
    from ...models.apps_get_collection_fields_app_events_item import AppsGetCollectionFieldsAppEventsItem
    from ...models.apps_get_collection_fields_app_infos_item import AppsGetCollectionFieldsAppInfosItem
    from ...models.apps_get_collection_fields_app_store_version_experiments_item import (
        AppsGetCollectionFieldsAppStoreVersionExperimentsItem,
    )
    from ...models.apps_get_collection_fields_app_store_versions_item import (
        AppsGetCollectionFieldsAppStoreVersionsItem,
    )
    from ...models.apps_get_collection_fields_apps_item import AppsGetCollectionFieldsAppsItem
    from ...models.apps_get_collection_fields_beta_app_localizations_item import (
        AppsGetCollectionFieldsBetaAppLocalizationsItem,
    )
    from ...models.apps_get_collection_fields_beta_app_review_details_item import (
        AppsGetCollectionFieldsBetaAppReviewDetailsItem,
    )
    from ...models.apps_get_collection_fields_beta_groups_item import AppsGetCollectionFieldsBetaGroupsItem
    from ...models.apps_get_collection_fields_beta_license_agreements_item import (
        AppsGetCollectionFieldsBetaLicenseAgreementsItem,
    )
    from ...models.apps_get_collection_fields_build_icons_item import AppsGetCollectionFieldsBuildIconsItem
    from ...models.apps_get_collection_fields_builds_item import AppsGetCollectionFieldsBuildsItem
    from ...models.apps_get_collection_fields_ci_products_item import AppsGetCollectionFieldsCiProductsItem
    from ...models.apps_get_collection_fields_end_user_license_agreements_item import (
        AppsGetCollectionFieldsEndUserLicenseAgreementsItem,
    )
    from ...models.apps_get_collection_fields_game_center_details_item import (
        AppsGetCollectionFieldsGameCenterDetailsItem,
    )
    from ...models.apps_get_collection_fields_game_center_enabled_versions_item import (
        AppsGetCollectionFieldsGameCenterEnabledVersionsItem,
    )
    from ...models.apps_get_collection_fields_in_app_purchases_item import (
        AppsGetCollectionFieldsInAppPurchasesItem,
    )
    from ...models.apps_get_collection_fields_pre_release_versions_item import (
        AppsGetCollectionFieldsPreReleaseVersionsItem,
    )
    from ...models.apps_get_collection_fields_promoted_purchases_item import (
        AppsGetCollectionFieldsPromotedPurchasesItem,
    )
    from ...models.apps_get_collection_fields_review_submissions_item import (
        AppsGetCollectionFieldsReviewSubmissionsItem,
    )
    from ...models.apps_get_collection_fields_subscription_grace_periods_item import (
        AppsGetCollectionFieldsSubscriptionGracePeriodsItem,
    )
    from ...models.apps_get_collection_fields_subscription_groups_item import (
        AppsGetCollectionFieldsSubscriptionGroupsItem,
    )
    from ...models.apps_get_collection_filter_app_store_versions_app_store_state_item import (
        AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem,
    )
    from ...models.apps_get_collection_filter_app_store_versions_app_version_state_item import (
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem,
    )
    from ...models.apps_get_collection_filter_app_store_versions_platform_item import (
        AppsGetCollectionFilterAppStoreVersionsPlatformItem,
    )
    from ...models.apps_get_collection_filter_review_submissions_platform_item import (
        AppsGetCollectionFilterReviewSubmissionsPlatformItem,
    )
    from ...models.apps_get_collection_filter_review_submissions_state_item import (
        AppsGetCollectionFilterReviewSubmissionsStateItem,
    )
    from ...models.apps_get_collection_include_item import AppsGetCollectionIncludeItem
    from ...models.apps_get_collection_sort_item import AppsGetCollectionSortItem

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apps_response import AppsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_name: list[str] | Unset = UNSET,
    filter_bundle_id: list[str] | Unset = UNSET,
    filter_sku: list[str] | Unset = UNSET,
    filter_app_store_versions_app_store_state: list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem]
    | Unset = UNSET,
    filter_app_store_versions_platform: list[AppsGetCollectionFilterAppStoreVersionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions_app_version_state: list[
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem
    ]
    | Unset = UNSET,
    filter_review_submissions_state: list[AppsGetCollectionFilterReviewSubmissionsStateItem] | Unset = UNSET,
    filter_review_submissions_platform: list[AppsGetCollectionFilterReviewSubmissionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_game_center_enabled_versions: bool | Unset = UNSET,
    sort: list[AppsGetCollectionSortItem] | Unset = UNSET,
    fields_apps: list[AppsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetCollectionFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetCollectionFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetCollectionFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetCollectionFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGetCollectionIncludeItem] | Unset = UNSET,
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

    params: dict[str, Any] = {}
    _params.query_list(params, "filter[name]", "filter_name", filter_name, str)
    _params.query_list(params, "filter[bundleId]", "filter_bundle_id", filter_bundle_id, str)
    _params.query_list(params, "filter[sku]", "filter_sku", filter_sku, str)
    _params.query_list(
        params,
        "filter[appStoreVersions.appStoreState]",
        "filter_app_store_versions_app_store_state",
        filter_app_store_versions_app_store_state,
        "AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem",
    )
    _params.query_list(
        params,
        "filter[appStoreVersions.platform]",
        "filter_app_store_versions_platform",
        filter_app_store_versions_platform,
        "AppsGetCollectionFilterAppStoreVersionsPlatformItem",
    )
    _params.query_list(
        params,
        "filter[appStoreVersions.appVersionState]",
        "filter_app_store_versions_app_version_state",
        filter_app_store_versions_app_version_state,
        "AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem",
    )
    _params.query_list(
        params,
        "filter[reviewSubmissions.state]",
        "filter_review_submissions_state",
        filter_review_submissions_state,
        "AppsGetCollectionFilterReviewSubmissionsStateItem",
    )
    _params.query_list(
        params,
        "filter[reviewSubmissions.platform]",
        "filter_review_submissions_platform",
        filter_review_submissions_platform,
        "AppsGetCollectionFilterReviewSubmissionsPlatformItem",
    )
    _params.query_list(
        params, "filter[appStoreVersions]", "filter_app_store_versions", filter_app_store_versions, str
    )
    _params.query_list(params, "filter[id]", "filter_id", filter_id, str)
    _params.query_value(
        params,
        "exists[gameCenterEnabledVersions]",
        "exists_game_center_enabled_versions",
        exists_game_center_enabled_versions,
        bool,
    )
    _params.query_list(params, "sort", "sort", sort, "AppsGetCollectionSortItem")
    _params.query_list(params, "fields[apps]", "fields_apps", fields_apps, "AppsGetCollectionFieldsAppsItem")
    _params.query_list(
        params,
        "fields[appEncryptionDeclarations]",
        "fields_app_encryption_declarations",
        fields_app_encryption_declarations,
        "AppsGetCollectionFieldsAppEncryptionDeclarationsItem",
    )
    _params.query_list(
        params,
        "fields[buildIcons]",
        "fields_build_icons",
        fields_build_icons,
        "AppsGetCollectionFieldsBuildIconsItem",
    )
    _params.query_list(
        params,
        "fields[ciProducts]",
        "fields_ci_products",
        fields_ci_products,
        "AppsGetCollectionFieldsCiProductsItem",
    )
    _params.query_list(
        params,
        "fields[betaGroups]",
        "fields_beta_groups",
        fields_beta_groups,
        "AppsGetCollectionFieldsBetaGroupsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersions]",
        "fields_app_store_versions",
        fields_app_store_versions,
        "AppsGetCollectionFieldsAppStoreVersionsItem",
    )
    _params.query_list(
        params,
        "fields[preReleaseVersions]",
        "fields_pre_release_versions",
        fields_pre_release_versions,
        "AppsGetCollectionFieldsPreReleaseVersionsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppLocalizations]",
        "fields_beta_app_localizations",
        fields_beta_app_localizations,
        "AppsGetCollectionFieldsBetaAppLocalizationsItem",
    )
    _params.query_list(
        params, "fields[builds]", "fields_builds", fields_builds, "AppsGetCollectionFieldsBuildsItem"
    )
    _params.query_list(
        params,
        "fields[betaLicenseAgreements]",
        "fields_beta_license_agreements",
        fields_beta_license_agreements,
        "AppsGetCollectionFieldsBetaLicenseAgreementsItem",
    )
    _params.query_list(
        params,
        "fields[betaAppReviewDetails]",
        "fields_beta_app_review_details",
        fields_beta_app_review_details,
        "AppsGetCollectionFieldsBetaAppReviewDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appInfos]",
        "fields_app_infos",
        fields_app_infos,
        "AppsGetCollectionFieldsAppInfosItem",
    )
    _params.query_list(
        params,
        "fields[appClips]",
        "fields_app_clips",
        fields_app_clips,
        "AppsGetCollectionFieldsAppClipsItem",
    )
    _params.query_list(
        params,
        "fields[endUserLicenseAgreements]",
        "fields_end_user_license_agreements",
        fields_end_user_license_agreements,
        "AppsGetCollectionFieldsEndUserLicenseAgreementsItem",
    )
    _params.query_list(
        params,
        "fields[inAppPurchases]",
        "fields_in_app_purchases",
        fields_in_app_purchases,
        "AppsGetCollectionFieldsInAppPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGroups]",
        "fields_subscription_groups",
        fields_subscription_groups,
        "AppsGetCollectionFieldsSubscriptionGroupsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterEnabledVersions]",
        "fields_game_center_enabled_versions",
        fields_game_center_enabled_versions,
        "AppsGetCollectionFieldsGameCenterEnabledVersionsItem",
    )
    _params.query_list(
        params,
        "fields[appCustomProductPages]",
        "fields_app_custom_product_pages",
        fields_app_custom_product_pages,
        "AppsGetCollectionFieldsAppCustomProductPagesItem",
    )
    _params.query_list(
        params,
        "fields[promotedPurchases]",
        "fields_promoted_purchases",
        fields_promoted_purchases,
        "AppsGetCollectionFieldsPromotedPurchasesItem",
    )
    _params.query_list(
        params,
        "fields[appEvents]",
        "fields_app_events",
        fields_app_events,
        "AppsGetCollectionFieldsAppEventsItem",
    )
    _params.query_list(
        params,
        "fields[reviewSubmissions]",
        "fields_review_submissions",
        fields_review_submissions,
        "AppsGetCollectionFieldsReviewSubmissionsItem",
    )
    _params.query_list(
        params,
        "fields[subscriptionGracePeriods]",
        "fields_subscription_grace_periods",
        fields_subscription_grace_periods,
        "AppsGetCollectionFieldsSubscriptionGracePeriodsItem",
    )
    _params.query_list(
        params,
        "fields[gameCenterDetails]",
        "fields_game_center_details",
        fields_game_center_details,
        "AppsGetCollectionFieldsGameCenterDetailsItem",
    )
    _params.query_list(
        params,
        "fields[appStoreVersionExperiments]",
        "fields_app_store_version_experiments",
        fields_app_store_version_experiments,
        "AppsGetCollectionFieldsAppStoreVersionExperimentsItem",
    )
    _params.query_list(
        params,
        "fields[androidToIosAppMappingDetails]",
        "fields_android_to_ios_app_mapping_details",
        fields_android_to_ios_app_mapping_details,
        "AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem",
    )
    _params.query_value(params, "limit", "limit", limit, int)
    _params.query_list(params, "include", "include", include, "AppsGetCollectionIncludeItem")
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
        "url": "/v1/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppsResponse.from_dict(response.json())

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
) -> Response[AppsResponse | ErrorResponse]:
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
    filter_bundle_id: list[str] | Unset = UNSET,
    filter_sku: list[str] | Unset = UNSET,
    filter_app_store_versions_app_store_state: list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem]
    | Unset = UNSET,
    filter_app_store_versions_platform: list[AppsGetCollectionFilterAppStoreVersionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions_app_version_state: list[
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem
    ]
    | Unset = UNSET,
    filter_review_submissions_state: list[AppsGetCollectionFilterReviewSubmissionsStateItem] | Unset = UNSET,
    filter_review_submissions_platform: list[AppsGetCollectionFilterReviewSubmissionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_game_center_enabled_versions: bool | Unset = UNSET,
    sort: list[AppsGetCollectionSortItem] | Unset = UNSET,
    fields_apps: list[AppsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetCollectionFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetCollectionFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetCollectionFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetCollectionFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGetCollectionIncludeItem] | Unset = UNSET,
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
) -> Response[AppsResponse | ErrorResponse]:
    """``GET /v1/apps`` (apps_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps


    Args:
        filter_name (list[str] | Unset):
        filter_bundle_id (list[str] | Unset):
        filter_sku (list[str] | Unset):
        filter_app_store_versions_app_store_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem] | Unset):
        filter_app_store_versions_platform
            (list[AppsGetCollectionFilterAppStoreVersionsPlatformItem] | Unset):
        filter_app_store_versions_app_version_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem] | Unset):
        filter_review_submissions_state (list[AppsGetCollectionFilterReviewSubmissionsStateItem] |
            Unset):
        filter_review_submissions_platform
            (list[AppsGetCollectionFilterReviewSubmissionsPlatformItem] | Unset):
        filter_app_store_versions (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_game_center_enabled_versions (bool | Unset):
        sort (list[AppsGetCollectionSortItem] | Unset):
        fields_apps (list[AppsGetCollectionFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetCollectionFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetCollectionFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetCollectionFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetCollectionFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetCollectionFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetCollectionFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods
            (list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem] | Unset):
        fields_game_center_details (list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGetCollectionIncludeItem] | Unset):
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
        Response[AppsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_bundle_id=filter_bundle_id,
        filter_sku=filter_sku,
        filter_app_store_versions_app_store_state=filter_app_store_versions_app_store_state,
        filter_app_store_versions_platform=filter_app_store_versions_platform,
        filter_app_store_versions_app_version_state=filter_app_store_versions_app_version_state,
        filter_review_submissions_state=filter_review_submissions_state,
        filter_review_submissions_platform=filter_review_submissions_platform,
        filter_app_store_versions=filter_app_store_versions,
        filter_id=filter_id,
        exists_game_center_enabled_versions=exists_game_center_enabled_versions,
        sort=sort,
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
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_bundle_id: list[str] | Unset = UNSET,
    filter_sku: list[str] | Unset = UNSET,
    filter_app_store_versions_app_store_state: list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem]
    | Unset = UNSET,
    filter_app_store_versions_platform: list[AppsGetCollectionFilterAppStoreVersionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions_app_version_state: list[
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem
    ]
    | Unset = UNSET,
    filter_review_submissions_state: list[AppsGetCollectionFilterReviewSubmissionsStateItem] | Unset = UNSET,
    filter_review_submissions_platform: list[AppsGetCollectionFilterReviewSubmissionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_game_center_enabled_versions: bool | Unset = UNSET,
    sort: list[AppsGetCollectionSortItem] | Unset = UNSET,
    fields_apps: list[AppsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetCollectionFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetCollectionFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetCollectionFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetCollectionFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGetCollectionIncludeItem] | Unset = UNSET,
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
) -> AppsResponse | ErrorResponse | None:
    """``GET /v1/apps`` (apps_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps


    Args:
        filter_name (list[str] | Unset):
        filter_bundle_id (list[str] | Unset):
        filter_sku (list[str] | Unset):
        filter_app_store_versions_app_store_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem] | Unset):
        filter_app_store_versions_platform
            (list[AppsGetCollectionFilterAppStoreVersionsPlatformItem] | Unset):
        filter_app_store_versions_app_version_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem] | Unset):
        filter_review_submissions_state (list[AppsGetCollectionFilterReviewSubmissionsStateItem] |
            Unset):
        filter_review_submissions_platform
            (list[AppsGetCollectionFilterReviewSubmissionsPlatformItem] | Unset):
        filter_app_store_versions (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_game_center_enabled_versions (bool | Unset):
        sort (list[AppsGetCollectionSortItem] | Unset):
        fields_apps (list[AppsGetCollectionFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetCollectionFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetCollectionFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetCollectionFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetCollectionFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetCollectionFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetCollectionFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods
            (list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem] | Unset):
        fields_game_center_details (list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGetCollectionIncludeItem] | Unset):
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
        AppsResponse | ErrorResponse

    """

    return sync_detailed(
        client=client,
        filter_name=filter_name,
        filter_bundle_id=filter_bundle_id,
        filter_sku=filter_sku,
        filter_app_store_versions_app_store_state=filter_app_store_versions_app_store_state,
        filter_app_store_versions_platform=filter_app_store_versions_platform,
        filter_app_store_versions_app_version_state=filter_app_store_versions_app_version_state,
        filter_review_submissions_state=filter_review_submissions_state,
        filter_review_submissions_platform=filter_review_submissions_platform,
        filter_app_store_versions=filter_app_store_versions,
        filter_id=filter_id,
        exists_game_center_enabled_versions=exists_game_center_enabled_versions,
        sort=sort,
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
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_bundle_id: list[str] | Unset = UNSET,
    filter_sku: list[str] | Unset = UNSET,
    filter_app_store_versions_app_store_state: list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem]
    | Unset = UNSET,
    filter_app_store_versions_platform: list[AppsGetCollectionFilterAppStoreVersionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions_app_version_state: list[
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem
    ]
    | Unset = UNSET,
    filter_review_submissions_state: list[AppsGetCollectionFilterReviewSubmissionsStateItem] | Unset = UNSET,
    filter_review_submissions_platform: list[AppsGetCollectionFilterReviewSubmissionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_game_center_enabled_versions: bool | Unset = UNSET,
    sort: list[AppsGetCollectionSortItem] | Unset = UNSET,
    fields_apps: list[AppsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetCollectionFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetCollectionFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetCollectionFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetCollectionFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGetCollectionIncludeItem] | Unset = UNSET,
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
) -> Response[AppsResponse | ErrorResponse]:
    """``GET /v1/apps`` (apps_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps


    Args:
        filter_name (list[str] | Unset):
        filter_bundle_id (list[str] | Unset):
        filter_sku (list[str] | Unset):
        filter_app_store_versions_app_store_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem] | Unset):
        filter_app_store_versions_platform
            (list[AppsGetCollectionFilterAppStoreVersionsPlatformItem] | Unset):
        filter_app_store_versions_app_version_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem] | Unset):
        filter_review_submissions_state (list[AppsGetCollectionFilterReviewSubmissionsStateItem] |
            Unset):
        filter_review_submissions_platform
            (list[AppsGetCollectionFilterReviewSubmissionsPlatformItem] | Unset):
        filter_app_store_versions (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_game_center_enabled_versions (bool | Unset):
        sort (list[AppsGetCollectionSortItem] | Unset):
        fields_apps (list[AppsGetCollectionFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetCollectionFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetCollectionFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetCollectionFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetCollectionFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetCollectionFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetCollectionFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods
            (list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem] | Unset):
        fields_game_center_details (list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGetCollectionIncludeItem] | Unset):
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
        Response[AppsResponse | ErrorResponse]

    """

    kwargs = _get_kwargs(
        filter_name=filter_name,
        filter_bundle_id=filter_bundle_id,
        filter_sku=filter_sku,
        filter_app_store_versions_app_store_state=filter_app_store_versions_app_store_state,
        filter_app_store_versions_platform=filter_app_store_versions_platform,
        filter_app_store_versions_app_version_state=filter_app_store_versions_app_version_state,
        filter_review_submissions_state=filter_review_submissions_state,
        filter_review_submissions_platform=filter_review_submissions_platform,
        filter_app_store_versions=filter_app_store_versions,
        filter_id=filter_id,
        exists_game_center_enabled_versions=exists_game_center_enabled_versions,
        sort=sort,
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
        limit=limit,
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
    *,
    client: AuthenticatedClient | Client,
    filter_name: list[str] | Unset = UNSET,
    filter_bundle_id: list[str] | Unset = UNSET,
    filter_sku: list[str] | Unset = UNSET,
    filter_app_store_versions_app_store_state: list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem]
    | Unset = UNSET,
    filter_app_store_versions_platform: list[AppsGetCollectionFilterAppStoreVersionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions_app_version_state: list[
        AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem
    ]
    | Unset = UNSET,
    filter_review_submissions_state: list[AppsGetCollectionFilterReviewSubmissionsStateItem] | Unset = UNSET,
    filter_review_submissions_platform: list[AppsGetCollectionFilterReviewSubmissionsPlatformItem]
    | Unset = UNSET,
    filter_app_store_versions: list[str] | Unset = UNSET,
    filter_id: list[str] | Unset = UNSET,
    exists_game_center_enabled_versions: bool | Unset = UNSET,
    sort: list[AppsGetCollectionSortItem] | Unset = UNSET,
    fields_apps: list[AppsGetCollectionFieldsAppsItem] | Unset = UNSET,
    fields_app_encryption_declarations: list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem]
    | Unset = UNSET,
    fields_build_icons: list[AppsGetCollectionFieldsBuildIconsItem] | Unset = UNSET,
    fields_ci_products: list[AppsGetCollectionFieldsCiProductsItem] | Unset = UNSET,
    fields_beta_groups: list[AppsGetCollectionFieldsBetaGroupsItem] | Unset = UNSET,
    fields_app_store_versions: list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset = UNSET,
    fields_pre_release_versions: list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset = UNSET,
    fields_beta_app_localizations: list[AppsGetCollectionFieldsBetaAppLocalizationsItem] | Unset = UNSET,
    fields_builds: list[AppsGetCollectionFieldsBuildsItem] | Unset = UNSET,
    fields_beta_license_agreements: list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] | Unset = UNSET,
    fields_beta_app_review_details: list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] | Unset = UNSET,
    fields_app_infos: list[AppsGetCollectionFieldsAppInfosItem] | Unset = UNSET,
    fields_app_clips: list[AppsGetCollectionFieldsAppClipsItem] | Unset = UNSET,
    fields_end_user_license_agreements: list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem]
    | Unset = UNSET,
    fields_in_app_purchases: list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset = UNSET,
    fields_subscription_groups: list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset = UNSET,
    fields_game_center_enabled_versions: list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem]
    | Unset = UNSET,
    fields_app_custom_product_pages: list[AppsGetCollectionFieldsAppCustomProductPagesItem] | Unset = UNSET,
    fields_promoted_purchases: list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset = UNSET,
    fields_app_events: list[AppsGetCollectionFieldsAppEventsItem] | Unset = UNSET,
    fields_review_submissions: list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset = UNSET,
    fields_subscription_grace_periods: list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem]
    | Unset = UNSET,
    fields_game_center_details: list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset = UNSET,
    fields_app_store_version_experiments: list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem]
    | Unset = UNSET,
    fields_android_to_ios_app_mapping_details: list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem]
    | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: list[AppsGetCollectionIncludeItem] | Unset = UNSET,
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
) -> AppsResponse | ErrorResponse | None:
    """``GET /v1/apps`` (apps_getCollection):
    https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps


    Args:
        filter_name (list[str] | Unset):
        filter_bundle_id (list[str] | Unset):
        filter_sku (list[str] | Unset):
        filter_app_store_versions_app_store_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppStoreStateItem] | Unset):
        filter_app_store_versions_platform
            (list[AppsGetCollectionFilterAppStoreVersionsPlatformItem] | Unset):
        filter_app_store_versions_app_version_state
            (list[AppsGetCollectionFilterAppStoreVersionsAppVersionStateItem] | Unset):
        filter_review_submissions_state (list[AppsGetCollectionFilterReviewSubmissionsStateItem] |
            Unset):
        filter_review_submissions_platform
            (list[AppsGetCollectionFilterReviewSubmissionsPlatformItem] | Unset):
        filter_app_store_versions (list[str] | Unset):
        filter_id (list[str] | Unset):
        exists_game_center_enabled_versions (bool | Unset):
        sort (list[AppsGetCollectionSortItem] | Unset):
        fields_apps (list[AppsGetCollectionFieldsAppsItem] | Unset):
        fields_app_encryption_declarations
            (list[AppsGetCollectionFieldsAppEncryptionDeclarationsItem] | Unset):
        fields_build_icons (list[AppsGetCollectionFieldsBuildIconsItem] | Unset):
        fields_ci_products (list[AppsGetCollectionFieldsCiProductsItem] | Unset):
        fields_beta_groups (list[AppsGetCollectionFieldsBetaGroupsItem] | Unset):
        fields_app_store_versions (list[AppsGetCollectionFieldsAppStoreVersionsItem] | Unset):
        fields_pre_release_versions (list[AppsGetCollectionFieldsPreReleaseVersionsItem] | Unset):
        fields_beta_app_localizations (list[AppsGetCollectionFieldsBetaAppLocalizationsItem] |
            Unset):
        fields_builds (list[AppsGetCollectionFieldsBuildsItem] | Unset):
        fields_beta_license_agreements (list[AppsGetCollectionFieldsBetaLicenseAgreementsItem] |
            Unset):
        fields_beta_app_review_details (list[AppsGetCollectionFieldsBetaAppReviewDetailsItem] |
            Unset):
        fields_app_infos (list[AppsGetCollectionFieldsAppInfosItem] | Unset):
        fields_app_clips (list[AppsGetCollectionFieldsAppClipsItem] | Unset):
        fields_end_user_license_agreements
            (list[AppsGetCollectionFieldsEndUserLicenseAgreementsItem] | Unset):
        fields_in_app_purchases (list[AppsGetCollectionFieldsInAppPurchasesItem] | Unset):
        fields_subscription_groups (list[AppsGetCollectionFieldsSubscriptionGroupsItem] | Unset):
        fields_game_center_enabled_versions
            (list[AppsGetCollectionFieldsGameCenterEnabledVersionsItem] | Unset):
        fields_app_custom_product_pages (list[AppsGetCollectionFieldsAppCustomProductPagesItem] |
            Unset):
        fields_promoted_purchases (list[AppsGetCollectionFieldsPromotedPurchasesItem] | Unset):
        fields_app_events (list[AppsGetCollectionFieldsAppEventsItem] | Unset):
        fields_review_submissions (list[AppsGetCollectionFieldsReviewSubmissionsItem] | Unset):
        fields_subscription_grace_periods
            (list[AppsGetCollectionFieldsSubscriptionGracePeriodsItem] | Unset):
        fields_game_center_details (list[AppsGetCollectionFieldsGameCenterDetailsItem] | Unset):
        fields_app_store_version_experiments
            (list[AppsGetCollectionFieldsAppStoreVersionExperimentsItem] | Unset):
        fields_android_to_ios_app_mapping_details
            (list[AppsGetCollectionFieldsAndroidToIosAppMappingDetailsItem] | Unset):
        limit (int | Unset):
        include (list[AppsGetCollectionIncludeItem] | Unset):
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
        AppsResponse | ErrorResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            filter_name=filter_name,
            filter_bundle_id=filter_bundle_id,
            filter_sku=filter_sku,
            filter_app_store_versions_app_store_state=filter_app_store_versions_app_store_state,
            filter_app_store_versions_platform=filter_app_store_versions_platform,
            filter_app_store_versions_app_version_state=filter_app_store_versions_app_version_state,
            filter_review_submissions_state=filter_review_submissions_state,
            filter_review_submissions_platform=filter_review_submissions_platform,
            filter_app_store_versions=filter_app_store_versions,
            filter_id=filter_id,
            exists_game_center_enabled_versions=exists_game_center_enabled_versions,
            sort=sort,
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
            limit=limit,
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

SUCCESS_TYPE: type[AppsResponse] = AppsResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""

from ...models.app import App

ITEM_TYPE: type[App] = App
"""The type of each item of this collection: what `asc.paginate` yields."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppsResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
