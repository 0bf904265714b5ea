from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_relationships_accessibility_declarations import (
        AppRelationshipsAccessibilityDeclarations,
    )
    from ..models.app_relationships_alternative_distribution_key import (
        AppRelationshipsAlternativeDistributionKey,
    )
    from ..models.app_relationships_analytics_report_requests import AppRelationshipsAnalyticsReportRequests
    from ..models.app_relationships_android_to_ios_app_mapping_details import (
        AppRelationshipsAndroidToIosAppMappingDetails,
    )
    from ..models.app_relationships_app_availability_v2 import AppRelationshipsAppAvailabilityV2
    from ..models.app_relationships_app_clips import AppRelationshipsAppClips
    from ..models.app_relationships_app_custom_product_pages import AppRelationshipsAppCustomProductPages
    from ..models.app_relationships_app_encryption_declarations import (
        AppRelationshipsAppEncryptionDeclarations,
    )
    from ..models.app_relationships_app_events import AppRelationshipsAppEvents
    from ..models.app_relationships_app_infos import AppRelationshipsAppInfos
    from ..models.app_relationships_app_price_points import AppRelationshipsAppPricePoints
    from ..models.app_relationships_app_price_schedule import AppRelationshipsAppPriceSchedule
    from ..models.app_relationships_app_store_icon import AppRelationshipsAppStoreIcon
    from ..models.app_relationships_app_store_version_experiments_v2 import (
        AppRelationshipsAppStoreVersionExperimentsV2,
    )
    from ..models.app_relationships_app_store_versions import AppRelationshipsAppStoreVersions
    from ..models.app_relationships_app_tags import AppRelationshipsAppTags
    from ..models.app_relationships_background_assets import AppRelationshipsBackgroundAssets
    from ..models.app_relationships_beta_app_localizations import AppRelationshipsBetaAppLocalizations
    from ..models.app_relationships_beta_app_review_detail import AppRelationshipsBetaAppReviewDetail
    from ..models.app_relationships_beta_feedback_crash_submissions import (
        AppRelationshipsBetaFeedbackCrashSubmissions,
    )
    from ..models.app_relationships_beta_feedback_screenshot_submissions import (
        AppRelationshipsBetaFeedbackScreenshotSubmissions,
    )
    from ..models.app_relationships_beta_groups import AppRelationshipsBetaGroups
    from ..models.app_relationships_beta_license_agreement import AppRelationshipsBetaLicenseAgreement
    from ..models.app_relationships_beta_testers import AppRelationshipsBetaTesters
    from ..models.app_relationships_build_uploads import AppRelationshipsBuildUploads
    from ..models.app_relationships_builds import AppRelationshipsBuilds
    from ..models.app_relationships_ci_product import AppRelationshipsCiProduct
    from ..models.app_relationships_customer_review_summarizations import (
        AppRelationshipsCustomerReviewSummarizations,
    )
    from ..models.app_relationships_customer_reviews import AppRelationshipsCustomerReviews
    from ..models.app_relationships_end_user_license_agreement import AppRelationshipsEndUserLicenseAgreement
    from ..models.app_relationships_game_center_detail import AppRelationshipsGameCenterDetail
    from ..models.app_relationships_game_center_enabled_versions import (
        AppRelationshipsGameCenterEnabledVersions,
    )
    from ..models.app_relationships_in_app_purchases import AppRelationshipsInAppPurchases
    from ..models.app_relationships_in_app_purchases_v2 import AppRelationshipsInAppPurchasesV2
    from ..models.app_relationships_marketplace_search_detail import AppRelationshipsMarketplaceSearchDetail
    from ..models.app_relationships_perf_power_metrics import AppRelationshipsPerfPowerMetrics
    from ..models.app_relationships_pre_release_versions import AppRelationshipsPreReleaseVersions
    from ..models.app_relationships_promoted_purchases import AppRelationshipsPromotedPurchases
    from ..models.app_relationships_review_submissions import AppRelationshipsReviewSubmissions
    from ..models.app_relationships_search_keywords import AppRelationshipsSearchKeywords
    from ..models.app_relationships_subscription_grace_period import AppRelationshipsSubscriptionGracePeriod
    from ..models.app_relationships_subscription_groups import AppRelationshipsSubscriptionGroups
    from ..models.app_relationships_webhooks import AppRelationshipsWebhooks


T = TypeVar("T", bound="AppRelationships")
_KNOWN_KEYS = frozenset(
    {
        "accessibilityDeclarations",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "androidToIosAppMappingDetails",
        "appAvailabilityV2",
        "appClips",
        "appCustomProductPages",
        "appEncryptionDeclarations",
        "appEvents",
        "appInfos",
        "appPricePoints",
        "appPriceSchedule",
        "appStoreIcon",
        "appStoreVersionExperimentsV2",
        "appStoreVersions",
        "appTags",
        "backgroundAssets",
        "betaAppLocalizations",
        "betaAppReviewDetail",
        "betaFeedbackCrashSubmissions",
        "betaFeedbackScreenshotSubmissions",
        "betaGroups",
        "betaLicenseAgreement",
        "betaTesters",
        "buildUploads",
        "builds",
        "ciProduct",
        "customerReviewSummarizations",
        "customerReviews",
        "endUserLicenseAgreement",
        "gameCenterDetail",
        "gameCenterEnabledVersions",
        "inAppPurchases",
        "inAppPurchasesV2",
        "marketplaceSearchDetail",
        "perfPowerMetrics",
        "preReleaseVersions",
        "promotedPurchases",
        "reviewSubmissions",
        "searchKeywords",
        "subscriptionGracePeriod",
        "subscriptionGroups",
        "webhooks",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppRelationshipsAccessibilityDeclarations, \
        AppRelationshipsAlternativeDistributionKey, \
        AppRelationshipsAnalyticsReportRequests, \
        AppRelationshipsAndroidToIosAppMappingDetails, \
        AppRelationshipsAppAvailabilityV2, \
        AppRelationshipsAppClips, \
        AppRelationshipsAppCustomProductPages, \
        AppRelationshipsAppEncryptionDeclarations, \
        AppRelationshipsAppEvents, \
        AppRelationshipsAppInfos, \
        AppRelationshipsAppPricePoints, \
        AppRelationshipsAppPriceSchedule, \
        AppRelationshipsAppStoreIcon, \
        AppRelationshipsAppStoreVersionExperimentsV2, \
        AppRelationshipsAppStoreVersions, \
        AppRelationshipsAppTags, \
        AppRelationshipsBackgroundAssets, \
        AppRelationshipsBetaAppLocalizations, \
        AppRelationshipsBetaAppReviewDetail, \
        AppRelationshipsBetaFeedbackCrashSubmissions, \
        AppRelationshipsBetaFeedbackScreenshotSubmissions, \
        AppRelationshipsBetaGroups, \
        AppRelationshipsBetaLicenseAgreement, \
        AppRelationshipsBetaTesters, \
        AppRelationshipsBuildUploads, \
        AppRelationshipsBuilds, \
        AppRelationshipsCiProduct, \
        AppRelationshipsCustomerReviewSummarizations, \
        AppRelationshipsCustomerReviews, \
        AppRelationshipsEndUserLicenseAgreement, \
        AppRelationshipsGameCenterDetail, \
        AppRelationshipsGameCenterEnabledVersions, \
        AppRelationshipsInAppPurchases, \
        AppRelationshipsInAppPurchasesV2, \
        AppRelationshipsMarketplaceSearchDetail, \
        AppRelationshipsPerfPowerMetrics, \
        AppRelationshipsPreReleaseVersions, \
        AppRelationshipsPromotedPurchases, \
        AppRelationshipsReviewSubmissions, \
        AppRelationshipsSearchKeywords, \
        AppRelationshipsSubscriptionGracePeriod, \
        AppRelationshipsSubscriptionGroups, \
        AppRelationshipsWebhooks
    from ..models.app_relationships_accessibility_declarations import (
        AppRelationshipsAccessibilityDeclarations,
    )
    from ..models.app_relationships_alternative_distribution_key import (
        AppRelationshipsAlternativeDistributionKey,
    )
    from ..models.app_relationships_analytics_report_requests import AppRelationshipsAnalyticsReportRequests
    from ..models.app_relationships_android_to_ios_app_mapping_details import (
        AppRelationshipsAndroidToIosAppMappingDetails,
    )
    from ..models.app_relationships_app_availability_v2 import AppRelationshipsAppAvailabilityV2
    from ..models.app_relationships_app_clips import AppRelationshipsAppClips
    from ..models.app_relationships_app_custom_product_pages import AppRelationshipsAppCustomProductPages
    from ..models.app_relationships_app_encryption_declarations import (
        AppRelationshipsAppEncryptionDeclarations,
    )
    from ..models.app_relationships_app_events import AppRelationshipsAppEvents
    from ..models.app_relationships_app_infos import AppRelationshipsAppInfos
    from ..models.app_relationships_app_price_points import AppRelationshipsAppPricePoints
    from ..models.app_relationships_app_price_schedule import AppRelationshipsAppPriceSchedule
    from ..models.app_relationships_app_store_icon import AppRelationshipsAppStoreIcon
    from ..models.app_relationships_app_store_version_experiments_v2 import (
        AppRelationshipsAppStoreVersionExperimentsV2,
    )
    from ..models.app_relationships_app_store_versions import AppRelationshipsAppStoreVersions
    from ..models.app_relationships_app_tags import AppRelationshipsAppTags
    from ..models.app_relationships_background_assets import AppRelationshipsBackgroundAssets
    from ..models.app_relationships_beta_app_localizations import AppRelationshipsBetaAppLocalizations
    from ..models.app_relationships_beta_app_review_detail import AppRelationshipsBetaAppReviewDetail
    from ..models.app_relationships_beta_feedback_crash_submissions import (
        AppRelationshipsBetaFeedbackCrashSubmissions,
    )
    from ..models.app_relationships_beta_feedback_screenshot_submissions import (
        AppRelationshipsBetaFeedbackScreenshotSubmissions,
    )
    from ..models.app_relationships_beta_groups import AppRelationshipsBetaGroups
    from ..models.app_relationships_beta_license_agreement import AppRelationshipsBetaLicenseAgreement
    from ..models.app_relationships_beta_testers import AppRelationshipsBetaTesters
    from ..models.app_relationships_build_uploads import AppRelationshipsBuildUploads
    from ..models.app_relationships_builds import AppRelationshipsBuilds
    from ..models.app_relationships_ci_product import AppRelationshipsCiProduct
    from ..models.app_relationships_customer_review_summarizations import (
        AppRelationshipsCustomerReviewSummarizations,
    )
    from ..models.app_relationships_customer_reviews import AppRelationshipsCustomerReviews
    from ..models.app_relationships_end_user_license_agreement import AppRelationshipsEndUserLicenseAgreement
    from ..models.app_relationships_game_center_detail import AppRelationshipsGameCenterDetail
    from ..models.app_relationships_game_center_enabled_versions import (
        AppRelationshipsGameCenterEnabledVersions,
    )
    from ..models.app_relationships_in_app_purchases import AppRelationshipsInAppPurchases
    from ..models.app_relationships_in_app_purchases_v2 import AppRelationshipsInAppPurchasesV2
    from ..models.app_relationships_marketplace_search_detail import AppRelationshipsMarketplaceSearchDetail
    from ..models.app_relationships_perf_power_metrics import AppRelationshipsPerfPowerMetrics
    from ..models.app_relationships_pre_release_versions import AppRelationshipsPreReleaseVersions
    from ..models.app_relationships_promoted_purchases import AppRelationshipsPromotedPurchases
    from ..models.app_relationships_review_submissions import AppRelationshipsReviewSubmissions
    from ..models.app_relationships_search_keywords import AppRelationshipsSearchKeywords
    from ..models.app_relationships_subscription_grace_period import AppRelationshipsSubscriptionGracePeriod
    from ..models.app_relationships_subscription_groups import AppRelationshipsSubscriptionGroups
    from ..models.app_relationships_webhooks import AppRelationshipsWebhooks

    _LAZY_IMPORTS_DONE = True


def _read_accessibility_declarations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_accessibility_declarations = src_dict.get("accessibilityDeclarations")
    if _raw_accessibility_declarations is None:
        accessibility_declarations = None
    else:
        accessibility_declarations = AppRelationshipsAccessibilityDeclarations.from_dict(
            _raw_accessibility_declarations
        )

    return accessibility_declarations


def _read_alternative_distribution_key(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_alternative_distribution_key = src_dict.get("alternativeDistributionKey")
    if _raw_alternative_distribution_key is None:
        alternative_distribution_key = None
    else:
        alternative_distribution_key = AppRelationshipsAlternativeDistributionKey.from_dict(
            _raw_alternative_distribution_key
        )

    return alternative_distribution_key


def _read_analytics_report_requests(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_analytics_report_requests = src_dict.get("analyticsReportRequests")
    if _raw_analytics_report_requests is None:
        analytics_report_requests = None
    else:
        analytics_report_requests = AppRelationshipsAnalyticsReportRequests.from_dict(
            _raw_analytics_report_requests
        )

    return analytics_report_requests


def _read_android_to_ios_app_mapping_details(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_android_to_ios_app_mapping_details = src_dict.get("androidToIosAppMappingDetails")
    if _raw_android_to_ios_app_mapping_details is None:
        android_to_ios_app_mapping_details = None
    else:
        android_to_ios_app_mapping_details = AppRelationshipsAndroidToIosAppMappingDetails.from_dict(
            _raw_android_to_ios_app_mapping_details
        )

    return android_to_ios_app_mapping_details


def _read_app_availability_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_availability_v2 = src_dict.get("appAvailabilityV2")
    if _raw_app_availability_v2 is None:
        app_availability_v2 = None
    else:
        app_availability_v2 = AppRelationshipsAppAvailabilityV2.from_dict(_raw_app_availability_v2)

    return app_availability_v2


def _read_app_clips(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_clips = src_dict.get("appClips")
    if _raw_app_clips is None:
        app_clips = None
    else:
        app_clips = AppRelationshipsAppClips.from_dict(_raw_app_clips)

    return app_clips


def _read_app_custom_product_pages(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_pages = src_dict.get("appCustomProductPages")
    if _raw_app_custom_product_pages is None:
        app_custom_product_pages = None
    else:
        app_custom_product_pages = AppRelationshipsAppCustomProductPages.from_dict(
            _raw_app_custom_product_pages
        )

    return app_custom_product_pages


def _read_app_encryption_declarations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_encryption_declarations = src_dict.get("appEncryptionDeclarations")
    if _raw_app_encryption_declarations is None:
        app_encryption_declarations = None
    else:
        app_encryption_declarations = AppRelationshipsAppEncryptionDeclarations.from_dict(
            _raw_app_encryption_declarations
        )

    return app_encryption_declarations


def _read_app_events(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_events = src_dict.get("appEvents")
    if _raw_app_events is None:
        app_events = None
    else:
        app_events = AppRelationshipsAppEvents.from_dict(_raw_app_events)

    return app_events


def _read_app_infos(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_infos = src_dict.get("appInfos")
    if _raw_app_infos is None:
        app_infos = None
    else:
        app_infos = AppRelationshipsAppInfos.from_dict(_raw_app_infos)

    return app_infos


def _read_app_price_points(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_price_points = src_dict.get("appPricePoints")
    if _raw_app_price_points is None:
        app_price_points = None
    else:
        app_price_points = AppRelationshipsAppPricePoints.from_dict(_raw_app_price_points)

    return app_price_points


def _read_app_price_schedule(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_price_schedule = src_dict.get("appPriceSchedule")
    if _raw_app_price_schedule is None:
        app_price_schedule = None
    else:
        app_price_schedule = AppRelationshipsAppPriceSchedule.from_dict(_raw_app_price_schedule)

    return app_price_schedule


def _read_app_store_icon(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_icon = src_dict.get("appStoreIcon")
    if _raw_app_store_icon is None:
        app_store_icon = None
    else:
        app_store_icon = AppRelationshipsAppStoreIcon.from_dict(_raw_app_store_icon)

    return app_store_icon


def _read_app_store_version_experiments_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_experiments_v2 = src_dict.get("appStoreVersionExperimentsV2")
    if _raw_app_store_version_experiments_v2 is None:
        app_store_version_experiments_v2 = None
    else:
        app_store_version_experiments_v2 = AppRelationshipsAppStoreVersionExperimentsV2.from_dict(
            _raw_app_store_version_experiments_v2
        )

    return app_store_version_experiments_v2


def _read_app_store_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_versions = src_dict.get("appStoreVersions")
    if _raw_app_store_versions is None:
        app_store_versions = None
    else:
        app_store_versions = AppRelationshipsAppStoreVersions.from_dict(_raw_app_store_versions)

    return app_store_versions


def _read_app_tags(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_tags = src_dict.get("appTags")
    if _raw_app_tags is None:
        app_tags = None
    else:
        app_tags = AppRelationshipsAppTags.from_dict(_raw_app_tags)

    return app_tags


def _read_background_assets(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_background_assets = src_dict.get("backgroundAssets")
    if _raw_background_assets is None:
        background_assets = None
    else:
        background_assets = AppRelationshipsBackgroundAssets.from_dict(_raw_background_assets)

    return background_assets


def _read_beta_app_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_app_localizations = src_dict.get("betaAppLocalizations")
    if _raw_beta_app_localizations is None:
        beta_app_localizations = None
    else:
        beta_app_localizations = AppRelationshipsBetaAppLocalizations.from_dict(_raw_beta_app_localizations)

    return beta_app_localizations


def _read_beta_app_review_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_app_review_detail = src_dict.get("betaAppReviewDetail")
    if _raw_beta_app_review_detail is None:
        beta_app_review_detail = None
    else:
        beta_app_review_detail = AppRelationshipsBetaAppReviewDetail.from_dict(_raw_beta_app_review_detail)

    return beta_app_review_detail


def _read_beta_feedback_crash_submissions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_feedback_crash_submissions = src_dict.get("betaFeedbackCrashSubmissions")
    if _raw_beta_feedback_crash_submissions is None:
        beta_feedback_crash_submissions = None
    else:
        beta_feedback_crash_submissions = AppRelationshipsBetaFeedbackCrashSubmissions.from_dict(
            _raw_beta_feedback_crash_submissions
        )

    return beta_feedback_crash_submissions


def _read_beta_feedback_screenshot_submissions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_feedback_screenshot_submissions = src_dict.get("betaFeedbackScreenshotSubmissions")
    if _raw_beta_feedback_screenshot_submissions is None:
        beta_feedback_screenshot_submissions = None
    else:
        beta_feedback_screenshot_submissions = AppRelationshipsBetaFeedbackScreenshotSubmissions.from_dict(
            _raw_beta_feedback_screenshot_submissions
        )

    return beta_feedback_screenshot_submissions


def _read_beta_groups(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_groups = src_dict.get("betaGroups")
    if _raw_beta_groups is None:
        beta_groups = None
    else:
        beta_groups = AppRelationshipsBetaGroups.from_dict(_raw_beta_groups)

    return beta_groups


def _read_beta_license_agreement(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_license_agreement = src_dict.get("betaLicenseAgreement")
    if _raw_beta_license_agreement is None:
        beta_license_agreement = None
    else:
        beta_license_agreement = AppRelationshipsBetaLicenseAgreement.from_dict(_raw_beta_license_agreement)

    return beta_license_agreement


def _read_beta_testers(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_beta_testers = src_dict.get("betaTesters")
    if _raw_beta_testers is None:
        beta_testers = None
    else:
        beta_testers = AppRelationshipsBetaTesters.from_dict(_raw_beta_testers)

    return beta_testers


def _read_build_uploads(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_uploads = src_dict.get("buildUploads")
    if _raw_build_uploads is None:
        build_uploads = None
    else:
        build_uploads = AppRelationshipsBuildUploads.from_dict(_raw_build_uploads)

    return build_uploads


def _read_builds(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_builds = src_dict.get("builds")
    if _raw_builds is None:
        builds = None
    else:
        builds = AppRelationshipsBuilds.from_dict(_raw_builds)

    return builds


def _read_ci_product(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_ci_product = src_dict.get("ciProduct")
    if _raw_ci_product is None:
        ci_product = None
    else:
        ci_product = AppRelationshipsCiProduct.from_dict(_raw_ci_product)

    return ci_product


def _read_customer_review_summarizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_customer_review_summarizations = src_dict.get("customerReviewSummarizations")
    if _raw_customer_review_summarizations is None:
        customer_review_summarizations = None
    else:
        customer_review_summarizations = AppRelationshipsCustomerReviewSummarizations.from_dict(
            _raw_customer_review_summarizations
        )

    return customer_review_summarizations


def _read_customer_reviews(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_customer_reviews = src_dict.get("customerReviews")
    if _raw_customer_reviews is None:
        customer_reviews = None
    else:
        customer_reviews = AppRelationshipsCustomerReviews.from_dict(_raw_customer_reviews)

    return customer_reviews


def _read_end_user_license_agreement(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_end_user_license_agreement = src_dict.get("endUserLicenseAgreement")
    if _raw_end_user_license_agreement is None:
        end_user_license_agreement = None
    else:
        end_user_license_agreement = AppRelationshipsEndUserLicenseAgreement.from_dict(
            _raw_end_user_license_agreement
        )

    return end_user_license_agreement


def _read_game_center_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_detail = src_dict.get("gameCenterDetail")
    if _raw_game_center_detail is None:
        game_center_detail = None
    else:
        game_center_detail = AppRelationshipsGameCenterDetail.from_dict(_raw_game_center_detail)

    return game_center_detail


def _read_game_center_enabled_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_game_center_enabled_versions = src_dict.get("gameCenterEnabledVersions")
    if _raw_game_center_enabled_versions is None:
        game_center_enabled_versions = None
    else:
        game_center_enabled_versions = AppRelationshipsGameCenterEnabledVersions.from_dict(
            _raw_game_center_enabled_versions
        )

    return game_center_enabled_versions


def _read_in_app_purchases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchases = src_dict.get("inAppPurchases")
    if _raw_in_app_purchases is None:
        in_app_purchases = None
    else:
        in_app_purchases = AppRelationshipsInAppPurchases.from_dict(_raw_in_app_purchases)

    return in_app_purchases


def _read_in_app_purchases_v2(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchases_v2 = src_dict.get("inAppPurchasesV2")
    if _raw_in_app_purchases_v2 is None:
        in_app_purchases_v2 = None
    else:
        in_app_purchases_v2 = AppRelationshipsInAppPurchasesV2.from_dict(_raw_in_app_purchases_v2)

    return in_app_purchases_v2


def _read_marketplace_search_detail(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_marketplace_search_detail = src_dict.get("marketplaceSearchDetail")
    if _raw_marketplace_search_detail is None:
        marketplace_search_detail = None
    else:
        marketplace_search_detail = AppRelationshipsMarketplaceSearchDetail.from_dict(
            _raw_marketplace_search_detail
        )

    return marketplace_search_detail


def _read_perf_power_metrics(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_perf_power_metrics = src_dict.get("perfPowerMetrics")
    if _raw_perf_power_metrics is None:
        perf_power_metrics = None
    else:
        perf_power_metrics = AppRelationshipsPerfPowerMetrics.from_dict(_raw_perf_power_metrics)

    return perf_power_metrics


def _read_pre_release_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_pre_release_versions = src_dict.get("preReleaseVersions")
    if _raw_pre_release_versions is None:
        pre_release_versions = None
    else:
        pre_release_versions = AppRelationshipsPreReleaseVersions.from_dict(_raw_pre_release_versions)

    return pre_release_versions


def _read_promoted_purchases(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_promoted_purchases = src_dict.get("promotedPurchases")
    if _raw_promoted_purchases is None:
        promoted_purchases = None
    else:
        promoted_purchases = AppRelationshipsPromotedPurchases.from_dict(_raw_promoted_purchases)

    return promoted_purchases


def _read_review_submissions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_review_submissions = src_dict.get("reviewSubmissions")
    if _raw_review_submissions is None:
        review_submissions = None
    else:
        review_submissions = AppRelationshipsReviewSubmissions.from_dict(_raw_review_submissions)

    return review_submissions


def _read_search_keywords(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_search_keywords = src_dict.get("searchKeywords")
    if _raw_search_keywords is None:
        search_keywords = None
    else:
        search_keywords = AppRelationshipsSearchKeywords.from_dict(_raw_search_keywords)

    return search_keywords


def _read_subscription_grace_period(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_grace_period = src_dict.get("subscriptionGracePeriod")
    if _raw_subscription_grace_period is None:
        subscription_grace_period = None
    else:
        subscription_grace_period = AppRelationshipsSubscriptionGracePeriod.from_dict(
            _raw_subscription_grace_period
        )

    return subscription_grace_period


def _read_subscription_groups(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription_groups = src_dict.get("subscriptionGroups")
    if _raw_subscription_groups is None:
        subscription_groups = None
    else:
        subscription_groups = AppRelationshipsSubscriptionGroups.from_dict(_raw_subscription_groups)

    return subscription_groups


def _read_webhooks(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_webhooks = src_dict.get("webhooks")
    if _raw_webhooks is None:
        webhooks = None
    else:
        webhooks = AppRelationshipsWebhooks.from_dict(_raw_webhooks)

    return webhooks


_READERS: dict[str, Any] = {
    "accessibility_declarations": _read_accessibility_declarations,
    "alternative_distribution_key": _read_alternative_distribution_key,
    "analytics_report_requests": _read_analytics_report_requests,
    "android_to_ios_app_mapping_details": _read_android_to_ios_app_mapping_details,
    "app_availability_v2": _read_app_availability_v2,
    "app_clips": _read_app_clips,
    "app_custom_product_pages": _read_app_custom_product_pages,
    "app_encryption_declarations": _read_app_encryption_declarations,
    "app_events": _read_app_events,
    "app_infos": _read_app_infos,
    "app_price_points": _read_app_price_points,
    "app_price_schedule": _read_app_price_schedule,
    "app_store_icon": _read_app_store_icon,
    "app_store_version_experiments_v2": _read_app_store_version_experiments_v2,
    "app_store_versions": _read_app_store_versions,
    "app_tags": _read_app_tags,
    "background_assets": _read_background_assets,
    "beta_app_localizations": _read_beta_app_localizations,
    "beta_app_review_detail": _read_beta_app_review_detail,
    "beta_feedback_crash_submissions": _read_beta_feedback_crash_submissions,
    "beta_feedback_screenshot_submissions": _read_beta_feedback_screenshot_submissions,
    "beta_groups": _read_beta_groups,
    "beta_license_agreement": _read_beta_license_agreement,
    "beta_testers": _read_beta_testers,
    "build_uploads": _read_build_uploads,
    "builds": _read_builds,
    "ci_product": _read_ci_product,
    "customer_review_summarizations": _read_customer_review_summarizations,
    "customer_reviews": _read_customer_reviews,
    "end_user_license_agreement": _read_end_user_license_agreement,
    "game_center_detail": _read_game_center_detail,
    "game_center_enabled_versions": _read_game_center_enabled_versions,
    "in_app_purchases": _read_in_app_purchases,
    "in_app_purchases_v2": _read_in_app_purchases_v2,
    "marketplace_search_detail": _read_marketplace_search_detail,
    "perf_power_metrics": _read_perf_power_metrics,
    "pre_release_versions": _read_pre_release_versions,
    "promoted_purchases": _read_promoted_purchases,
    "review_submissions": _read_review_submissions,
    "search_keywords": _read_search_keywords,
    "subscription_grace_period": _read_subscription_grace_period,
    "subscription_groups": _read_subscription_groups,
    "webhooks": _read_webhooks,
}


@_attrs_define(repr=False)
class AppRelationships:
    """
    Attributes:
        accessibility_declarations (AppRelationshipsAccessibilityDeclarations | Unset):
        alternative_distribution_key (AppRelationshipsAlternativeDistributionKey | Unset):
        analytics_report_requests (AppRelationshipsAnalyticsReportRequests | Unset):
        android_to_ios_app_mapping_details (AppRelationshipsAndroidToIosAppMappingDetails | Unset):
        app_availability_v2 (AppRelationshipsAppAvailabilityV2 | Unset):
        app_clips (AppRelationshipsAppClips | Unset):
        app_custom_product_pages (AppRelationshipsAppCustomProductPages | Unset):
        app_encryption_declarations (AppRelationshipsAppEncryptionDeclarations | Unset):
        app_events (AppRelationshipsAppEvents | Unset):
        app_infos (AppRelationshipsAppInfos | Unset):
        app_price_points (AppRelationshipsAppPricePoints | Unset):
        app_price_schedule (AppRelationshipsAppPriceSchedule | Unset):
        app_store_icon (AppRelationshipsAppStoreIcon | Unset):
        app_store_version_experiments_v2 (AppRelationshipsAppStoreVersionExperimentsV2 | Unset):
        app_store_versions (AppRelationshipsAppStoreVersions | Unset):
        app_tags (AppRelationshipsAppTags | Unset):
        background_assets (AppRelationshipsBackgroundAssets | Unset):
        beta_app_localizations (AppRelationshipsBetaAppLocalizations | Unset):
        beta_app_review_detail (AppRelationshipsBetaAppReviewDetail | Unset):
        beta_feedback_crash_submissions (AppRelationshipsBetaFeedbackCrashSubmissions | Unset):
        beta_feedback_screenshot_submissions (AppRelationshipsBetaFeedbackScreenshotSubmissions | Unset):
        beta_groups (AppRelationshipsBetaGroups | Unset):
        beta_license_agreement (AppRelationshipsBetaLicenseAgreement | Unset):
        beta_testers (AppRelationshipsBetaTesters | Unset):
        build_uploads (AppRelationshipsBuildUploads | Unset):
        builds (AppRelationshipsBuilds | Unset):
        ci_product (AppRelationshipsCiProduct | Unset):
        customer_review_summarizations (AppRelationshipsCustomerReviewSummarizations | Unset):
        customer_reviews (AppRelationshipsCustomerReviews | Unset):
        end_user_license_agreement (AppRelationshipsEndUserLicenseAgreement | Unset):
        game_center_detail (AppRelationshipsGameCenterDetail | Unset):
        game_center_enabled_versions (AppRelationshipsGameCenterEnabledVersions | Unset):
        in_app_purchases (AppRelationshipsInAppPurchases | Unset):
        in_app_purchases_v2 (AppRelationshipsInAppPurchasesV2 | Unset):
        marketplace_search_detail (AppRelationshipsMarketplaceSearchDetail | Unset):
        perf_power_metrics (AppRelationshipsPerfPowerMetrics | Unset):
        pre_release_versions (AppRelationshipsPreReleaseVersions | Unset):
        promoted_purchases (AppRelationshipsPromotedPurchases | Unset):
        review_submissions (AppRelationshipsReviewSubmissions | Unset):
        search_keywords (AppRelationshipsSearchKeywords | Unset):
        subscription_grace_period (AppRelationshipsSubscriptionGracePeriod | Unset):
        subscription_groups (AppRelationshipsSubscriptionGroups | Unset):
        webhooks (AppRelationshipsWebhooks | Unset):
    """

    accessibility_declarations: AppRelationshipsAccessibilityDeclarations | None = None
    alternative_distribution_key: AppRelationshipsAlternativeDistributionKey | None = None
    analytics_report_requests: AppRelationshipsAnalyticsReportRequests | None = None
    android_to_ios_app_mapping_details: AppRelationshipsAndroidToIosAppMappingDetails | None = None
    app_availability_v2: AppRelationshipsAppAvailabilityV2 | None = None
    app_clips: AppRelationshipsAppClips | None = None
    app_custom_product_pages: AppRelationshipsAppCustomProductPages | None = None
    app_encryption_declarations: AppRelationshipsAppEncryptionDeclarations | None = None
    app_events: AppRelationshipsAppEvents | None = None
    app_infos: AppRelationshipsAppInfos | None = None
    app_price_points: AppRelationshipsAppPricePoints | None = None
    app_price_schedule: AppRelationshipsAppPriceSchedule | None = None
    app_store_icon: AppRelationshipsAppStoreIcon | None = None
    app_store_version_experiments_v2: AppRelationshipsAppStoreVersionExperimentsV2 | None = None
    app_store_versions: AppRelationshipsAppStoreVersions | None = None
    app_tags: AppRelationshipsAppTags | None = None
    background_assets: AppRelationshipsBackgroundAssets | None = None
    beta_app_localizations: AppRelationshipsBetaAppLocalizations | None = None
    beta_app_review_detail: AppRelationshipsBetaAppReviewDetail | None = None
    beta_feedback_crash_submissions: AppRelationshipsBetaFeedbackCrashSubmissions | None = None
    beta_feedback_screenshot_submissions: AppRelationshipsBetaFeedbackScreenshotSubmissions | None = None
    beta_groups: AppRelationshipsBetaGroups | None = None
    beta_license_agreement: AppRelationshipsBetaLicenseAgreement | None = None
    beta_testers: AppRelationshipsBetaTesters | None = None
    build_uploads: AppRelationshipsBuildUploads | None = None
    builds: AppRelationshipsBuilds | None = None
    ci_product: AppRelationshipsCiProduct | None = None
    customer_review_summarizations: AppRelationshipsCustomerReviewSummarizations | None = None
    customer_reviews: AppRelationshipsCustomerReviews | None = None
    end_user_license_agreement: AppRelationshipsEndUserLicenseAgreement | None = None
    game_center_detail: AppRelationshipsGameCenterDetail | None = None
    game_center_enabled_versions: AppRelationshipsGameCenterEnabledVersions | None = None
    in_app_purchases: AppRelationshipsInAppPurchases | None = None
    in_app_purchases_v2: AppRelationshipsInAppPurchasesV2 | None = None
    marketplace_search_detail: AppRelationshipsMarketplaceSearchDetail | None = None
    perf_power_metrics: AppRelationshipsPerfPowerMetrics | None = None
    pre_release_versions: AppRelationshipsPreReleaseVersions | None = None
    promoted_purchases: AppRelationshipsPromotedPurchases | None = None
    review_submissions: AppRelationshipsReviewSubmissions | None = None
    search_keywords: AppRelationshipsSearchKeywords | None = None
    subscription_grace_period: AppRelationshipsSubscriptionGracePeriod | None = None
    subscription_groups: AppRelationshipsSubscriptionGroups | None = None
    webhooks: AppRelationshipsWebhooks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        accessibility_declarations: Any = None
        if self.accessibility_declarations is not None:
            accessibility_declarations = self.accessibility_declarations.to_dict()

        alternative_distribution_key: Any = None
        if self.alternative_distribution_key is not None:
            alternative_distribution_key = self.alternative_distribution_key.to_dict()

        analytics_report_requests: Any = None
        if self.analytics_report_requests is not None:
            analytics_report_requests = self.analytics_report_requests.to_dict()

        android_to_ios_app_mapping_details: Any = None
        if self.android_to_ios_app_mapping_details is not None:
            android_to_ios_app_mapping_details = self.android_to_ios_app_mapping_details.to_dict()

        app_availability_v2: Any = None
        if self.app_availability_v2 is not None:
            app_availability_v2 = self.app_availability_v2.to_dict()

        app_clips: Any = None
        if self.app_clips is not None:
            app_clips = self.app_clips.to_dict()

        app_custom_product_pages: Any = None
        if self.app_custom_product_pages is not None:
            app_custom_product_pages = self.app_custom_product_pages.to_dict()

        app_encryption_declarations: Any = None
        if self.app_encryption_declarations is not None:
            app_encryption_declarations = self.app_encryption_declarations.to_dict()

        app_events: Any = None
        if self.app_events is not None:
            app_events = self.app_events.to_dict()

        app_infos: Any = None
        if self.app_infos is not None:
            app_infos = self.app_infos.to_dict()

        app_price_points: Any = None
        if self.app_price_points is not None:
            app_price_points = self.app_price_points.to_dict()

        app_price_schedule: Any = None
        if self.app_price_schedule is not None:
            app_price_schedule = self.app_price_schedule.to_dict()

        app_store_icon: Any = None
        if self.app_store_icon is not None:
            app_store_icon = self.app_store_icon.to_dict()

        app_store_version_experiments_v2: Any = None
        if self.app_store_version_experiments_v2 is not None:
            app_store_version_experiments_v2 = self.app_store_version_experiments_v2.to_dict()

        app_store_versions: Any = None
        if self.app_store_versions is not None:
            app_store_versions = self.app_store_versions.to_dict()

        app_tags: Any = None
        if self.app_tags is not None:
            app_tags = self.app_tags.to_dict()

        background_assets: Any = None
        if self.background_assets is not None:
            background_assets = self.background_assets.to_dict()

        beta_app_localizations: Any = None
        if self.beta_app_localizations is not None:
            beta_app_localizations = self.beta_app_localizations.to_dict()

        beta_app_review_detail: Any = None
        if self.beta_app_review_detail is not None:
            beta_app_review_detail = self.beta_app_review_detail.to_dict()

        beta_feedback_crash_submissions: Any = None
        if self.beta_feedback_crash_submissions is not None:
            beta_feedback_crash_submissions = self.beta_feedback_crash_submissions.to_dict()

        beta_feedback_screenshot_submissions: Any = None
        if self.beta_feedback_screenshot_submissions is not None:
            beta_feedback_screenshot_submissions = self.beta_feedback_screenshot_submissions.to_dict()

        beta_groups: Any = None
        if self.beta_groups is not None:
            beta_groups = self.beta_groups.to_dict()

        beta_license_agreement: Any = None
        if self.beta_license_agreement is not None:
            beta_license_agreement = self.beta_license_agreement.to_dict()

        beta_testers: Any = None
        if self.beta_testers is not None:
            beta_testers = self.beta_testers.to_dict()

        build_uploads: Any = None
        if self.build_uploads is not None:
            build_uploads = self.build_uploads.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = self.builds.to_dict()

        ci_product: Any = None
        if self.ci_product is not None:
            ci_product = self.ci_product.to_dict()

        customer_review_summarizations: Any = None
        if self.customer_review_summarizations is not None:
            customer_review_summarizations = self.customer_review_summarizations.to_dict()

        customer_reviews: Any = None
        if self.customer_reviews is not None:
            customer_reviews = self.customer_reviews.to_dict()

        end_user_license_agreement: Any = None
        if self.end_user_license_agreement is not None:
            end_user_license_agreement = self.end_user_license_agreement.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = self.game_center_detail.to_dict()

        game_center_enabled_versions: Any = None
        if self.game_center_enabled_versions is not None:
            game_center_enabled_versions = self.game_center_enabled_versions.to_dict()

        in_app_purchases: Any = None
        if self.in_app_purchases is not None:
            in_app_purchases = self.in_app_purchases.to_dict()

        in_app_purchases_v2: Any = None
        if self.in_app_purchases_v2 is not None:
            in_app_purchases_v2 = self.in_app_purchases_v2.to_dict()

        marketplace_search_detail: Any = None
        if self.marketplace_search_detail is not None:
            marketplace_search_detail = self.marketplace_search_detail.to_dict()

        perf_power_metrics: Any = None
        if self.perf_power_metrics is not None:
            perf_power_metrics = self.perf_power_metrics.to_dict()

        pre_release_versions: Any = None
        if self.pre_release_versions is not None:
            pre_release_versions = self.pre_release_versions.to_dict()

        promoted_purchases: Any = None
        if self.promoted_purchases is not None:
            promoted_purchases = self.promoted_purchases.to_dict()

        review_submissions: Any = None
        if self.review_submissions is not None:
            review_submissions = self.review_submissions.to_dict()

        search_keywords: Any = None
        if self.search_keywords is not None:
            search_keywords = self.search_keywords.to_dict()

        subscription_grace_period: Any = None
        if self.subscription_grace_period is not None:
            subscription_grace_period = self.subscription_grace_period.to_dict()

        subscription_groups: Any = None
        if self.subscription_groups is not None:
            subscription_groups = self.subscription_groups.to_dict()

        webhooks: Any = None
        if self.webhooks is not None:
            webhooks = self.webhooks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accessibility_declarations is not None:
            field_dict["accessibilityDeclarations"] = accessibility_declarations
        if alternative_distribution_key is not None:
            field_dict["alternativeDistributionKey"] = alternative_distribution_key
        if analytics_report_requests is not None:
            field_dict["analyticsReportRequests"] = analytics_report_requests
        if android_to_ios_app_mapping_details is not None:
            field_dict["androidToIosAppMappingDetails"] = android_to_ios_app_mapping_details
        if app_availability_v2 is not None:
            field_dict["appAvailabilityV2"] = app_availability_v2
        if app_clips is not None:
            field_dict["appClips"] = app_clips
        if app_custom_product_pages is not None:
            field_dict["appCustomProductPages"] = app_custom_product_pages
        if app_encryption_declarations is not None:
            field_dict["appEncryptionDeclarations"] = app_encryption_declarations
        if app_events is not None:
            field_dict["appEvents"] = app_events
        if app_infos is not None:
            field_dict["appInfos"] = app_infos
        if app_price_points is not None:
            field_dict["appPricePoints"] = app_price_points
        if app_price_schedule is not None:
            field_dict["appPriceSchedule"] = app_price_schedule
        if app_store_icon is not None:
            field_dict["appStoreIcon"] = app_store_icon
        if app_store_version_experiments_v2 is not None:
            field_dict["appStoreVersionExperimentsV2"] = app_store_version_experiments_v2
        if app_store_versions is not None:
            field_dict["appStoreVersions"] = app_store_versions
        if app_tags is not None:
            field_dict["appTags"] = app_tags
        if background_assets is not None:
            field_dict["backgroundAssets"] = background_assets
        if beta_app_localizations is not None:
            field_dict["betaAppLocalizations"] = beta_app_localizations
        if beta_app_review_detail is not None:
            field_dict["betaAppReviewDetail"] = beta_app_review_detail
        if beta_feedback_crash_submissions is not None:
            field_dict["betaFeedbackCrashSubmissions"] = beta_feedback_crash_submissions
        if beta_feedback_screenshot_submissions is not None:
            field_dict["betaFeedbackScreenshotSubmissions"] = beta_feedback_screenshot_submissions
        if beta_groups is not None:
            field_dict["betaGroups"] = beta_groups
        if beta_license_agreement is not None:
            field_dict["betaLicenseAgreement"] = beta_license_agreement
        if beta_testers is not None:
            field_dict["betaTesters"] = beta_testers
        if build_uploads is not None:
            field_dict["buildUploads"] = build_uploads
        if builds is not None:
            field_dict["builds"] = builds
        if ci_product is not None:
            field_dict["ciProduct"] = ci_product
        if customer_review_summarizations is not None:
            field_dict["customerReviewSummarizations"] = customer_review_summarizations
        if customer_reviews is not None:
            field_dict["customerReviews"] = customer_reviews
        if end_user_license_agreement is not None:
            field_dict["endUserLicenseAgreement"] = end_user_license_agreement
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_enabled_versions is not None:
            field_dict["gameCenterEnabledVersions"] = game_center_enabled_versions
        if in_app_purchases is not None:
            field_dict["inAppPurchases"] = in_app_purchases
        if in_app_purchases_v2 is not None:
            field_dict["inAppPurchasesV2"] = in_app_purchases_v2
        if marketplace_search_detail is not None:
            field_dict["marketplaceSearchDetail"] = marketplace_search_detail
        if perf_power_metrics is not None:
            field_dict["perfPowerMetrics"] = perf_power_metrics
        if pre_release_versions is not None:
            field_dict["preReleaseVersions"] = pre_release_versions
        if promoted_purchases is not None:
            field_dict["promotedPurchases"] = promoted_purchases
        if review_submissions is not None:
            field_dict["reviewSubmissions"] = review_submissions
        if search_keywords is not None:
            field_dict["searchKeywords"] = search_keywords
        if subscription_grace_period is not None:
            field_dict["subscriptionGracePeriod"] = subscription_grace_period
        if subscription_groups is not None:
            field_dict["subscriptionGroups"] = subscription_groups
        if webhooks is not None:
            field_dict["webhooks"] = webhooks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # accessibility_declarations, alternative_distribution_key, analytics_report_requests, android_to_ios_app_mapping_details, app_availability_v2, app_clips, app_custom_product_pages, app_encryption_declarations, app_events, app_infos, app_price_points, app_price_schedule, app_store_icon, app_store_version_experiments_v2, app_store_versions, app_tags, background_assets, beta_app_localizations, beta_app_review_detail, beta_feedback_crash_submissions, beta_feedback_screenshot_submissions, beta_groups, beta_license_agreement, beta_testers, build_uploads, builds, ci_product, customer_review_summarizations, customer_reviews, end_user_license_agreement, game_center_detail, game_center_enabled_versions, in_app_purchases, in_app_purchases_v2, marketplace_search_detail, perf_power_metrics, pre_release_versions, promoted_purchases, review_submissions, search_keywords, subscription_grace_period, subscription_groups, webhooks: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
