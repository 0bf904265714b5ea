from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_response import AppResponse
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
from ...models.apps_get_instance_fields_in_app_purchases_item import AppsGetInstanceFieldsInAppPurchasesItem
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

    params: dict[str, Any] = {}

    if isinstance(fields_apps, list):
        params["fields[apps]"] = ",".join(str(item) for item in fields_apps)

    if isinstance(fields_app_encryption_declarations, list):
        params["fields[appEncryptionDeclarations]"] = ",".join(
            str(item) for item in fields_app_encryption_declarations
        )

    if isinstance(fields_build_icons, list):
        params["fields[buildIcons]"] = ",".join(str(item) for item in fields_build_icons)

    if isinstance(fields_ci_products, list):
        params["fields[ciProducts]"] = ",".join(str(item) for item in fields_ci_products)

    if isinstance(fields_beta_groups, list):
        params["fields[betaGroups]"] = ",".join(str(item) for item in fields_beta_groups)

    if isinstance(fields_app_store_versions, list):
        params["fields[appStoreVersions]"] = ",".join(str(item) for item in fields_app_store_versions)

    if isinstance(fields_pre_release_versions, list):
        params["fields[preReleaseVersions]"] = ",".join(str(item) for item in fields_pre_release_versions)

    if isinstance(fields_beta_app_localizations, list):
        params["fields[betaAppLocalizations]"] = ",".join(str(item) for item in fields_beta_app_localizations)

    if isinstance(fields_builds, list):
        params["fields[builds]"] = ",".join(str(item) for item in fields_builds)

    if isinstance(fields_beta_license_agreements, list):
        params["fields[betaLicenseAgreements]"] = ",".join(
            str(item) for item in fields_beta_license_agreements
        )

    if isinstance(fields_beta_app_review_details, list):
        params["fields[betaAppReviewDetails]"] = ",".join(
            str(item) for item in fields_beta_app_review_details
        )

    if isinstance(fields_app_infos, list):
        params["fields[appInfos]"] = ",".join(str(item) for item in fields_app_infos)

    if isinstance(fields_app_clips, list):
        params["fields[appClips]"] = ",".join(str(item) for item in fields_app_clips)

    if isinstance(fields_end_user_license_agreements, list):
        params["fields[endUserLicenseAgreements]"] = ",".join(
            str(item) for item in fields_end_user_license_agreements
        )

    if isinstance(fields_in_app_purchases, list):
        params["fields[inAppPurchases]"] = ",".join(str(item) for item in fields_in_app_purchases)

    if isinstance(fields_subscription_groups, list):
        params["fields[subscriptionGroups]"] = ",".join(str(item) for item in fields_subscription_groups)

    if isinstance(fields_game_center_enabled_versions, list):
        params["fields[gameCenterEnabledVersions]"] = ",".join(
            str(item) for item in fields_game_center_enabled_versions
        )

    if isinstance(fields_app_custom_product_pages, list):
        params["fields[appCustomProductPages]"] = ",".join(
            str(item) for item in fields_app_custom_product_pages
        )

    if isinstance(fields_promoted_purchases, list):
        params["fields[promotedPurchases]"] = ",".join(str(item) for item in fields_promoted_purchases)

    if isinstance(fields_app_events, list):
        params["fields[appEvents]"] = ",".join(str(item) for item in fields_app_events)

    if isinstance(fields_review_submissions, list):
        params["fields[reviewSubmissions]"] = ",".join(str(item) for item in fields_review_submissions)

    if isinstance(fields_subscription_grace_periods, list):
        params["fields[subscriptionGracePeriods]"] = ",".join(
            str(item) for item in fields_subscription_grace_periods
        )

    if isinstance(fields_game_center_details, list):
        params["fields[gameCenterDetails]"] = ",".join(str(item) for item in fields_game_center_details)

    if isinstance(fields_app_store_version_experiments, list):
        params["fields[appStoreVersionExperiments]"] = ",".join(
            str(item) for item in fields_app_store_version_experiments
        )

    if isinstance(fields_android_to_ios_app_mapping_details, list):
        params["fields[androidToIosAppMappingDetails]"] = ",".join(
            str(item) for item in fields_android_to_ios_app_mapping_details
        )

    if isinstance(include, list):
        params["include"] = ",".join(str(item) for item in include)

    params["limit[androidToIosAppMappingDetails]"] = limit_android_to_ios_app_mapping_details

    params["limit[appClips]"] = limit_app_clips

    params["limit[appCustomProductPages]"] = limit_app_custom_product_pages

    params["limit[appEncryptionDeclarations]"] = limit_app_encryption_declarations

    params["limit[appEvents]"] = limit_app_events

    params["limit[appInfos]"] = limit_app_infos

    params["limit[appStoreVersionExperimentsV2]"] = limit_app_store_version_experiments_v2

    params["limit[appStoreVersions]"] = limit_app_store_versions

    params["limit[betaAppLocalizations]"] = limit_beta_app_localizations

    params["limit[betaGroups]"] = limit_beta_groups

    params["limit[builds]"] = limit_builds

    params["limit[gameCenterEnabledVersions]"] = limit_game_center_enabled_versions

    params["limit[inAppPurchases]"] = limit_in_app_purchases

    params["limit[inAppPurchasesV2]"] = limit_in_app_purchases_v2

    params["limit[preReleaseVersions]"] = limit_pre_release_versions

    params["limit[promotedPurchases]"] = limit_promoted_purchases

    params["limit[reviewSubmissions]"] = limit_review_submissions

    params["limit[subscriptionGroups]"] = limit_subscription_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
    """
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
    """
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
    """
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
    """
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


SUCCESS_TYPE: type[AppResponse] = AppResponse
"""The parsed type of a successful (2xx) response; the overlay raises on every other status."""


def parse_response(
    response: httpx.Response, *, client: AuthenticatedClient | Client
) -> Response[AppResponse | ErrorResponse]:
    """Parse a response of this operation that was fetched another way (e.g. a `links.next` page, Q3)."""
    return _build_response(client=client, response=response)
