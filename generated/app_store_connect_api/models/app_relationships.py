from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        accessibility_declarations: Any = None
        if self.accessibility_declarations is not None:
            accessibility_declarations = UNSET
            if not isinstance(self.accessibility_declarations, Unset):
                accessibility_declarations = self.accessibility_declarations.to_dict()

        alternative_distribution_key: Any = None
        if self.alternative_distribution_key is not None:
            alternative_distribution_key = UNSET
            if not isinstance(self.alternative_distribution_key, Unset):
                alternative_distribution_key = self.alternative_distribution_key.to_dict()

        analytics_report_requests: Any = None
        if self.analytics_report_requests is not None:
            analytics_report_requests = UNSET
            if not isinstance(self.analytics_report_requests, Unset):
                analytics_report_requests = self.analytics_report_requests.to_dict()

        android_to_ios_app_mapping_details: Any = None
        if self.android_to_ios_app_mapping_details is not None:
            android_to_ios_app_mapping_details = UNSET
            if not isinstance(self.android_to_ios_app_mapping_details, Unset):
                android_to_ios_app_mapping_details = self.android_to_ios_app_mapping_details.to_dict()

        app_availability_v2: Any = None
        if self.app_availability_v2 is not None:
            app_availability_v2 = UNSET
            if not isinstance(self.app_availability_v2, Unset):
                app_availability_v2 = self.app_availability_v2.to_dict()

        app_clips: Any = None
        if self.app_clips is not None:
            app_clips = UNSET
            if not isinstance(self.app_clips, Unset):
                app_clips = self.app_clips.to_dict()

        app_custom_product_pages: Any = None
        if self.app_custom_product_pages is not None:
            app_custom_product_pages = UNSET
            if not isinstance(self.app_custom_product_pages, Unset):
                app_custom_product_pages = self.app_custom_product_pages.to_dict()

        app_encryption_declarations: Any = None
        if self.app_encryption_declarations is not None:
            app_encryption_declarations = UNSET
            if not isinstance(self.app_encryption_declarations, Unset):
                app_encryption_declarations = self.app_encryption_declarations.to_dict()

        app_events: Any = None
        if self.app_events is not None:
            app_events = UNSET
            if not isinstance(self.app_events, Unset):
                app_events = self.app_events.to_dict()

        app_infos: Any = None
        if self.app_infos is not None:
            app_infos = UNSET
            if not isinstance(self.app_infos, Unset):
                app_infos = self.app_infos.to_dict()

        app_price_points: Any = None
        if self.app_price_points is not None:
            app_price_points = UNSET
            if not isinstance(self.app_price_points, Unset):
                app_price_points = self.app_price_points.to_dict()

        app_price_schedule: Any = None
        if self.app_price_schedule is not None:
            app_price_schedule = UNSET
            if not isinstance(self.app_price_schedule, Unset):
                app_price_schedule = self.app_price_schedule.to_dict()

        app_store_icon: Any = None
        if self.app_store_icon is not None:
            app_store_icon = UNSET
            if not isinstance(self.app_store_icon, Unset):
                app_store_icon = self.app_store_icon.to_dict()

        app_store_version_experiments_v2: Any = None
        if self.app_store_version_experiments_v2 is not None:
            app_store_version_experiments_v2 = UNSET
            if not isinstance(self.app_store_version_experiments_v2, Unset):
                app_store_version_experiments_v2 = self.app_store_version_experiments_v2.to_dict()

        app_store_versions: Any = None
        if self.app_store_versions is not None:
            app_store_versions = UNSET
            if not isinstance(self.app_store_versions, Unset):
                app_store_versions = self.app_store_versions.to_dict()

        app_tags: Any = None
        if self.app_tags is not None:
            app_tags = UNSET
            if not isinstance(self.app_tags, Unset):
                app_tags = self.app_tags.to_dict()

        background_assets: Any = None
        if self.background_assets is not None:
            background_assets = UNSET
            if not isinstance(self.background_assets, Unset):
                background_assets = self.background_assets.to_dict()

        beta_app_localizations: Any = None
        if self.beta_app_localizations is not None:
            beta_app_localizations = UNSET
            if not isinstance(self.beta_app_localizations, Unset):
                beta_app_localizations = self.beta_app_localizations.to_dict()

        beta_app_review_detail: Any = None
        if self.beta_app_review_detail is not None:
            beta_app_review_detail = UNSET
            if not isinstance(self.beta_app_review_detail, Unset):
                beta_app_review_detail = self.beta_app_review_detail.to_dict()

        beta_feedback_crash_submissions: Any = None
        if self.beta_feedback_crash_submissions is not None:
            beta_feedback_crash_submissions = UNSET
            if not isinstance(self.beta_feedback_crash_submissions, Unset):
                beta_feedback_crash_submissions = self.beta_feedback_crash_submissions.to_dict()

        beta_feedback_screenshot_submissions: Any = None
        if self.beta_feedback_screenshot_submissions is not None:
            beta_feedback_screenshot_submissions = UNSET
            if not isinstance(self.beta_feedback_screenshot_submissions, Unset):
                beta_feedback_screenshot_submissions = self.beta_feedback_screenshot_submissions.to_dict()

        beta_groups: Any = None
        if self.beta_groups is not None:
            beta_groups = UNSET
            if not isinstance(self.beta_groups, Unset):
                beta_groups = self.beta_groups.to_dict()

        beta_license_agreement: Any = None
        if self.beta_license_agreement is not None:
            beta_license_agreement = UNSET
            if not isinstance(self.beta_license_agreement, Unset):
                beta_license_agreement = self.beta_license_agreement.to_dict()

        beta_testers: Any = None
        if self.beta_testers is not None:
            beta_testers = UNSET
            if not isinstance(self.beta_testers, Unset):
                beta_testers = self.beta_testers.to_dict()

        build_uploads: Any = None
        if self.build_uploads is not None:
            build_uploads = UNSET
            if not isinstance(self.build_uploads, Unset):
                build_uploads = self.build_uploads.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        ci_product: Any = None
        if self.ci_product is not None:
            ci_product = UNSET
            if not isinstance(self.ci_product, Unset):
                ci_product = self.ci_product.to_dict()

        customer_review_summarizations: Any = None
        if self.customer_review_summarizations is not None:
            customer_review_summarizations = UNSET
            if not isinstance(self.customer_review_summarizations, Unset):
                customer_review_summarizations = self.customer_review_summarizations.to_dict()

        customer_reviews: Any = None
        if self.customer_reviews is not None:
            customer_reviews = UNSET
            if not isinstance(self.customer_reviews, Unset):
                customer_reviews = self.customer_reviews.to_dict()

        end_user_license_agreement: Any = None
        if self.end_user_license_agreement is not None:
            end_user_license_agreement = UNSET
            if not isinstance(self.end_user_license_agreement, Unset):
                end_user_license_agreement = self.end_user_license_agreement.to_dict()

        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = UNSET
            if not isinstance(self.game_center_detail, Unset):
                game_center_detail = self.game_center_detail.to_dict()

        game_center_enabled_versions: Any = None
        if self.game_center_enabled_versions is not None:
            game_center_enabled_versions = UNSET
            if not isinstance(self.game_center_enabled_versions, Unset):
                game_center_enabled_versions = self.game_center_enabled_versions.to_dict()

        in_app_purchases: Any = None
        if self.in_app_purchases is not None:
            in_app_purchases = UNSET
            if not isinstance(self.in_app_purchases, Unset):
                in_app_purchases = self.in_app_purchases.to_dict()

        in_app_purchases_v2: Any = None
        if self.in_app_purchases_v2 is not None:
            in_app_purchases_v2 = UNSET
            if not isinstance(self.in_app_purchases_v2, Unset):
                in_app_purchases_v2 = self.in_app_purchases_v2.to_dict()

        marketplace_search_detail: Any = None
        if self.marketplace_search_detail is not None:
            marketplace_search_detail = UNSET
            if not isinstance(self.marketplace_search_detail, Unset):
                marketplace_search_detail = self.marketplace_search_detail.to_dict()

        perf_power_metrics: Any = None
        if self.perf_power_metrics is not None:
            perf_power_metrics = UNSET
            if not isinstance(self.perf_power_metrics, Unset):
                perf_power_metrics = self.perf_power_metrics.to_dict()

        pre_release_versions: Any = None
        if self.pre_release_versions is not None:
            pre_release_versions = UNSET
            if not isinstance(self.pre_release_versions, Unset):
                pre_release_versions = self.pre_release_versions.to_dict()

        promoted_purchases: Any = None
        if self.promoted_purchases is not None:
            promoted_purchases = UNSET
            if not isinstance(self.promoted_purchases, Unset):
                promoted_purchases = self.promoted_purchases.to_dict()

        review_submissions: Any = None
        if self.review_submissions is not None:
            review_submissions = UNSET
            if not isinstance(self.review_submissions, Unset):
                review_submissions = self.review_submissions.to_dict()

        search_keywords: Any = None
        if self.search_keywords is not None:
            search_keywords = UNSET
            if not isinstance(self.search_keywords, Unset):
                search_keywords = self.search_keywords.to_dict()

        subscription_grace_period: Any = None
        if self.subscription_grace_period is not None:
            subscription_grace_period = UNSET
            if not isinstance(self.subscription_grace_period, Unset):
                subscription_grace_period = self.subscription_grace_period.to_dict()

        subscription_groups: Any = None
        if self.subscription_groups is not None:
            subscription_groups = UNSET
            if not isinstance(self.subscription_groups, Unset):
                subscription_groups = self.subscription_groups.to_dict()

        webhooks: Any = None
        if self.webhooks is not None:
            webhooks = UNSET
            if not isinstance(self.webhooks, Unset):
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
        d = dict(src_dict)
        _raw_accessibility_declarations = d.pop("accessibilityDeclarations", None)
        if _raw_accessibility_declarations is None:
            accessibility_declarations = None
        else:
            _accessibility_declarations = _raw_accessibility_declarations
            accessibility_declarations: AppRelationshipsAccessibilityDeclarations | Unset
            if isinstance(_accessibility_declarations, Unset):
                accessibility_declarations = UNSET
            else:
                accessibility_declarations = AppRelationshipsAccessibilityDeclarations.from_dict(
                    _accessibility_declarations
                )

        _raw_alternative_distribution_key = d.pop("alternativeDistributionKey", None)
        if _raw_alternative_distribution_key is None:
            alternative_distribution_key = None
        else:
            _alternative_distribution_key = _raw_alternative_distribution_key
            alternative_distribution_key: AppRelationshipsAlternativeDistributionKey | Unset
            if isinstance(_alternative_distribution_key, Unset):
                alternative_distribution_key = UNSET
            else:
                alternative_distribution_key = AppRelationshipsAlternativeDistributionKey.from_dict(
                    _alternative_distribution_key
                )

        _raw_analytics_report_requests = d.pop("analyticsReportRequests", None)
        if _raw_analytics_report_requests is None:
            analytics_report_requests = None
        else:
            _analytics_report_requests = _raw_analytics_report_requests
            analytics_report_requests: AppRelationshipsAnalyticsReportRequests | Unset
            if isinstance(_analytics_report_requests, Unset):
                analytics_report_requests = UNSET
            else:
                analytics_report_requests = AppRelationshipsAnalyticsReportRequests.from_dict(
                    _analytics_report_requests
                )

        _raw_android_to_ios_app_mapping_details = d.pop("androidToIosAppMappingDetails", None)
        if _raw_android_to_ios_app_mapping_details is None:
            android_to_ios_app_mapping_details = None
        else:
            _android_to_ios_app_mapping_details = _raw_android_to_ios_app_mapping_details
            android_to_ios_app_mapping_details: AppRelationshipsAndroidToIosAppMappingDetails | Unset
            if isinstance(_android_to_ios_app_mapping_details, Unset):
                android_to_ios_app_mapping_details = UNSET
            else:
                android_to_ios_app_mapping_details = AppRelationshipsAndroidToIosAppMappingDetails.from_dict(
                    _android_to_ios_app_mapping_details
                )

        _raw_app_availability_v2 = d.pop("appAvailabilityV2", None)
        if _raw_app_availability_v2 is None:
            app_availability_v2 = None
        else:
            _app_availability_v2 = _raw_app_availability_v2
            app_availability_v2: AppRelationshipsAppAvailabilityV2 | Unset
            if isinstance(_app_availability_v2, Unset):
                app_availability_v2 = UNSET
            else:
                app_availability_v2 = AppRelationshipsAppAvailabilityV2.from_dict(_app_availability_v2)

        _raw_app_clips = d.pop("appClips", None)
        if _raw_app_clips is None:
            app_clips = None
        else:
            _app_clips = _raw_app_clips
            app_clips: AppRelationshipsAppClips | Unset
            if isinstance(_app_clips, Unset):
                app_clips = UNSET
            else:
                app_clips = AppRelationshipsAppClips.from_dict(_app_clips)

        _raw_app_custom_product_pages = d.pop("appCustomProductPages", None)
        if _raw_app_custom_product_pages is None:
            app_custom_product_pages = None
        else:
            _app_custom_product_pages = _raw_app_custom_product_pages
            app_custom_product_pages: AppRelationshipsAppCustomProductPages | Unset
            if isinstance(_app_custom_product_pages, Unset):
                app_custom_product_pages = UNSET
            else:
                app_custom_product_pages = AppRelationshipsAppCustomProductPages.from_dict(
                    _app_custom_product_pages
                )

        _raw_app_encryption_declarations = d.pop("appEncryptionDeclarations", None)
        if _raw_app_encryption_declarations is None:
            app_encryption_declarations = None
        else:
            _app_encryption_declarations = _raw_app_encryption_declarations
            app_encryption_declarations: AppRelationshipsAppEncryptionDeclarations | Unset
            if isinstance(_app_encryption_declarations, Unset):
                app_encryption_declarations = UNSET
            else:
                app_encryption_declarations = AppRelationshipsAppEncryptionDeclarations.from_dict(
                    _app_encryption_declarations
                )

        _raw_app_events = d.pop("appEvents", None)
        if _raw_app_events is None:
            app_events = None
        else:
            _app_events = _raw_app_events
            app_events: AppRelationshipsAppEvents | Unset
            if isinstance(_app_events, Unset):
                app_events = UNSET
            else:
                app_events = AppRelationshipsAppEvents.from_dict(_app_events)

        _raw_app_infos = d.pop("appInfos", None)
        if _raw_app_infos is None:
            app_infos = None
        else:
            _app_infos = _raw_app_infos
            app_infos: AppRelationshipsAppInfos | Unset
            if isinstance(_app_infos, Unset):
                app_infos = UNSET
            else:
                app_infos = AppRelationshipsAppInfos.from_dict(_app_infos)

        _raw_app_price_points = d.pop("appPricePoints", None)
        if _raw_app_price_points is None:
            app_price_points = None
        else:
            _app_price_points = _raw_app_price_points
            app_price_points: AppRelationshipsAppPricePoints | Unset
            if isinstance(_app_price_points, Unset):
                app_price_points = UNSET
            else:
                app_price_points = AppRelationshipsAppPricePoints.from_dict(_app_price_points)

        _raw_app_price_schedule = d.pop("appPriceSchedule", None)
        if _raw_app_price_schedule is None:
            app_price_schedule = None
        else:
            _app_price_schedule = _raw_app_price_schedule
            app_price_schedule: AppRelationshipsAppPriceSchedule | Unset
            if isinstance(_app_price_schedule, Unset):
                app_price_schedule = UNSET
            else:
                app_price_schedule = AppRelationshipsAppPriceSchedule.from_dict(_app_price_schedule)

        _raw_app_store_icon = d.pop("appStoreIcon", None)
        if _raw_app_store_icon is None:
            app_store_icon = None
        else:
            _app_store_icon = _raw_app_store_icon
            app_store_icon: AppRelationshipsAppStoreIcon | Unset
            if isinstance(_app_store_icon, Unset):
                app_store_icon = UNSET
            else:
                app_store_icon = AppRelationshipsAppStoreIcon.from_dict(_app_store_icon)

        _raw_app_store_version_experiments_v2 = d.pop("appStoreVersionExperimentsV2", None)
        if _raw_app_store_version_experiments_v2 is None:
            app_store_version_experiments_v2 = None
        else:
            _app_store_version_experiments_v2 = _raw_app_store_version_experiments_v2
            app_store_version_experiments_v2: AppRelationshipsAppStoreVersionExperimentsV2 | Unset
            if isinstance(_app_store_version_experiments_v2, Unset):
                app_store_version_experiments_v2 = UNSET
            else:
                app_store_version_experiments_v2 = AppRelationshipsAppStoreVersionExperimentsV2.from_dict(
                    _app_store_version_experiments_v2
                )

        _raw_app_store_versions = d.pop("appStoreVersions", None)
        if _raw_app_store_versions is None:
            app_store_versions = None
        else:
            _app_store_versions = _raw_app_store_versions
            app_store_versions: AppRelationshipsAppStoreVersions | Unset
            if isinstance(_app_store_versions, Unset):
                app_store_versions = UNSET
            else:
                app_store_versions = AppRelationshipsAppStoreVersions.from_dict(_app_store_versions)

        _raw_app_tags = d.pop("appTags", None)
        if _raw_app_tags is None:
            app_tags = None
        else:
            _app_tags = _raw_app_tags
            app_tags: AppRelationshipsAppTags | Unset
            if isinstance(_app_tags, Unset):
                app_tags = UNSET
            else:
                app_tags = AppRelationshipsAppTags.from_dict(_app_tags)

        _raw_background_assets = d.pop("backgroundAssets", None)
        if _raw_background_assets is None:
            background_assets = None
        else:
            _background_assets = _raw_background_assets
            background_assets: AppRelationshipsBackgroundAssets | Unset
            if isinstance(_background_assets, Unset):
                background_assets = UNSET
            else:
                background_assets = AppRelationshipsBackgroundAssets.from_dict(_background_assets)

        _raw_beta_app_localizations = d.pop("betaAppLocalizations", None)
        if _raw_beta_app_localizations is None:
            beta_app_localizations = None
        else:
            _beta_app_localizations = _raw_beta_app_localizations
            beta_app_localizations: AppRelationshipsBetaAppLocalizations | Unset
            if isinstance(_beta_app_localizations, Unset):
                beta_app_localizations = UNSET
            else:
                beta_app_localizations = AppRelationshipsBetaAppLocalizations.from_dict(
                    _beta_app_localizations
                )

        _raw_beta_app_review_detail = d.pop("betaAppReviewDetail", None)
        if _raw_beta_app_review_detail is None:
            beta_app_review_detail = None
        else:
            _beta_app_review_detail = _raw_beta_app_review_detail
            beta_app_review_detail: AppRelationshipsBetaAppReviewDetail | Unset
            if isinstance(_beta_app_review_detail, Unset):
                beta_app_review_detail = UNSET
            else:
                beta_app_review_detail = AppRelationshipsBetaAppReviewDetail.from_dict(
                    _beta_app_review_detail
                )

        _raw_beta_feedback_crash_submissions = d.pop("betaFeedbackCrashSubmissions", None)
        if _raw_beta_feedback_crash_submissions is None:
            beta_feedback_crash_submissions = None
        else:
            _beta_feedback_crash_submissions = _raw_beta_feedback_crash_submissions
            beta_feedback_crash_submissions: AppRelationshipsBetaFeedbackCrashSubmissions | Unset
            if isinstance(_beta_feedback_crash_submissions, Unset):
                beta_feedback_crash_submissions = UNSET
            else:
                beta_feedback_crash_submissions = AppRelationshipsBetaFeedbackCrashSubmissions.from_dict(
                    _beta_feedback_crash_submissions
                )

        _raw_beta_feedback_screenshot_submissions = d.pop("betaFeedbackScreenshotSubmissions", None)
        if _raw_beta_feedback_screenshot_submissions is None:
            beta_feedback_screenshot_submissions = None
        else:
            _beta_feedback_screenshot_submissions = _raw_beta_feedback_screenshot_submissions
            beta_feedback_screenshot_submissions: AppRelationshipsBetaFeedbackScreenshotSubmissions | Unset
            if isinstance(_beta_feedback_screenshot_submissions, Unset):
                beta_feedback_screenshot_submissions = UNSET
            else:
                beta_feedback_screenshot_submissions = (
                    AppRelationshipsBetaFeedbackScreenshotSubmissions.from_dict(
                        _beta_feedback_screenshot_submissions
                    )
                )

        _raw_beta_groups = d.pop("betaGroups", None)
        if _raw_beta_groups is None:
            beta_groups = None
        else:
            _beta_groups = _raw_beta_groups
            beta_groups: AppRelationshipsBetaGroups | Unset
            if isinstance(_beta_groups, Unset):
                beta_groups = UNSET
            else:
                beta_groups = AppRelationshipsBetaGroups.from_dict(_beta_groups)

        _raw_beta_license_agreement = d.pop("betaLicenseAgreement", None)
        if _raw_beta_license_agreement is None:
            beta_license_agreement = None
        else:
            _beta_license_agreement = _raw_beta_license_agreement
            beta_license_agreement: AppRelationshipsBetaLicenseAgreement | Unset
            if isinstance(_beta_license_agreement, Unset):
                beta_license_agreement = UNSET
            else:
                beta_license_agreement = AppRelationshipsBetaLicenseAgreement.from_dict(
                    _beta_license_agreement
                )

        _raw_beta_testers = d.pop("betaTesters", None)
        if _raw_beta_testers is None:
            beta_testers = None
        else:
            _beta_testers = _raw_beta_testers
            beta_testers: AppRelationshipsBetaTesters | Unset
            if isinstance(_beta_testers, Unset):
                beta_testers = UNSET
            else:
                beta_testers = AppRelationshipsBetaTesters.from_dict(_beta_testers)

        _raw_build_uploads = d.pop("buildUploads", None)
        if _raw_build_uploads is None:
            build_uploads = None
        else:
            _build_uploads = _raw_build_uploads
            build_uploads: AppRelationshipsBuildUploads | Unset
            if isinstance(_build_uploads, Unset):
                build_uploads = UNSET
            else:
                build_uploads = AppRelationshipsBuildUploads.from_dict(_build_uploads)

        _raw_builds = d.pop("builds", None)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: AppRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = AppRelationshipsBuilds.from_dict(_builds)

        _raw_ci_product = d.pop("ciProduct", None)
        if _raw_ci_product is None:
            ci_product = None
        else:
            _ci_product = _raw_ci_product
            ci_product: AppRelationshipsCiProduct | Unset
            if isinstance(_ci_product, Unset):
                ci_product = UNSET
            else:
                ci_product = AppRelationshipsCiProduct.from_dict(_ci_product)

        _raw_customer_review_summarizations = d.pop("customerReviewSummarizations", None)
        if _raw_customer_review_summarizations is None:
            customer_review_summarizations = None
        else:
            _customer_review_summarizations = _raw_customer_review_summarizations
            customer_review_summarizations: AppRelationshipsCustomerReviewSummarizations | Unset
            if isinstance(_customer_review_summarizations, Unset):
                customer_review_summarizations = UNSET
            else:
                customer_review_summarizations = AppRelationshipsCustomerReviewSummarizations.from_dict(
                    _customer_review_summarizations
                )

        _raw_customer_reviews = d.pop("customerReviews", None)
        if _raw_customer_reviews is None:
            customer_reviews = None
        else:
            _customer_reviews = _raw_customer_reviews
            customer_reviews: AppRelationshipsCustomerReviews | Unset
            if isinstance(_customer_reviews, Unset):
                customer_reviews = UNSET
            else:
                customer_reviews = AppRelationshipsCustomerReviews.from_dict(_customer_reviews)

        _raw_end_user_license_agreement = d.pop("endUserLicenseAgreement", None)
        if _raw_end_user_license_agreement is None:
            end_user_license_agreement = None
        else:
            _end_user_license_agreement = _raw_end_user_license_agreement
            end_user_license_agreement: AppRelationshipsEndUserLicenseAgreement | Unset
            if isinstance(_end_user_license_agreement, Unset):
                end_user_license_agreement = UNSET
            else:
                end_user_license_agreement = AppRelationshipsEndUserLicenseAgreement.from_dict(
                    _end_user_license_agreement
                )

        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: AppRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = AppRelationshipsGameCenterDetail.from_dict(_game_center_detail)

        _raw_game_center_enabled_versions = d.pop("gameCenterEnabledVersions", None)
        if _raw_game_center_enabled_versions is None:
            game_center_enabled_versions = None
        else:
            _game_center_enabled_versions = _raw_game_center_enabled_versions
            game_center_enabled_versions: AppRelationshipsGameCenterEnabledVersions | Unset
            if isinstance(_game_center_enabled_versions, Unset):
                game_center_enabled_versions = UNSET
            else:
                game_center_enabled_versions = AppRelationshipsGameCenterEnabledVersions.from_dict(
                    _game_center_enabled_versions
                )

        _raw_in_app_purchases = d.pop("inAppPurchases", None)
        if _raw_in_app_purchases is None:
            in_app_purchases = None
        else:
            _in_app_purchases = _raw_in_app_purchases
            in_app_purchases: AppRelationshipsInAppPurchases | Unset
            if isinstance(_in_app_purchases, Unset):
                in_app_purchases = UNSET
            else:
                in_app_purchases = AppRelationshipsInAppPurchases.from_dict(_in_app_purchases)

        _raw_in_app_purchases_v2 = d.pop("inAppPurchasesV2", None)
        if _raw_in_app_purchases_v2 is None:
            in_app_purchases_v2 = None
        else:
            _in_app_purchases_v2 = _raw_in_app_purchases_v2
            in_app_purchases_v2: AppRelationshipsInAppPurchasesV2 | Unset
            if isinstance(_in_app_purchases_v2, Unset):
                in_app_purchases_v2 = UNSET
            else:
                in_app_purchases_v2 = AppRelationshipsInAppPurchasesV2.from_dict(_in_app_purchases_v2)

        _raw_marketplace_search_detail = d.pop("marketplaceSearchDetail", None)
        if _raw_marketplace_search_detail is None:
            marketplace_search_detail = None
        else:
            _marketplace_search_detail = _raw_marketplace_search_detail
            marketplace_search_detail: AppRelationshipsMarketplaceSearchDetail | Unset
            if isinstance(_marketplace_search_detail, Unset):
                marketplace_search_detail = UNSET
            else:
                marketplace_search_detail = AppRelationshipsMarketplaceSearchDetail.from_dict(
                    _marketplace_search_detail
                )

        _raw_perf_power_metrics = d.pop("perfPowerMetrics", None)
        if _raw_perf_power_metrics is None:
            perf_power_metrics = None
        else:
            _perf_power_metrics = _raw_perf_power_metrics
            perf_power_metrics: AppRelationshipsPerfPowerMetrics | Unset
            if isinstance(_perf_power_metrics, Unset):
                perf_power_metrics = UNSET
            else:
                perf_power_metrics = AppRelationshipsPerfPowerMetrics.from_dict(_perf_power_metrics)

        _raw_pre_release_versions = d.pop("preReleaseVersions", None)
        if _raw_pre_release_versions is None:
            pre_release_versions = None
        else:
            _pre_release_versions = _raw_pre_release_versions
            pre_release_versions: AppRelationshipsPreReleaseVersions | Unset
            if isinstance(_pre_release_versions, Unset):
                pre_release_versions = UNSET
            else:
                pre_release_versions = AppRelationshipsPreReleaseVersions.from_dict(_pre_release_versions)

        _raw_promoted_purchases = d.pop("promotedPurchases", None)
        if _raw_promoted_purchases is None:
            promoted_purchases = None
        else:
            _promoted_purchases = _raw_promoted_purchases
            promoted_purchases: AppRelationshipsPromotedPurchases | Unset
            if isinstance(_promoted_purchases, Unset):
                promoted_purchases = UNSET
            else:
                promoted_purchases = AppRelationshipsPromotedPurchases.from_dict(_promoted_purchases)

        _raw_review_submissions = d.pop("reviewSubmissions", None)
        if _raw_review_submissions is None:
            review_submissions = None
        else:
            _review_submissions = _raw_review_submissions
            review_submissions: AppRelationshipsReviewSubmissions | Unset
            if isinstance(_review_submissions, Unset):
                review_submissions = UNSET
            else:
                review_submissions = AppRelationshipsReviewSubmissions.from_dict(_review_submissions)

        _raw_search_keywords = d.pop("searchKeywords", None)
        if _raw_search_keywords is None:
            search_keywords = None
        else:
            _search_keywords = _raw_search_keywords
            search_keywords: AppRelationshipsSearchKeywords | Unset
            if isinstance(_search_keywords, Unset):
                search_keywords = UNSET
            else:
                search_keywords = AppRelationshipsSearchKeywords.from_dict(_search_keywords)

        _raw_subscription_grace_period = d.pop("subscriptionGracePeriod", None)
        if _raw_subscription_grace_period is None:
            subscription_grace_period = None
        else:
            _subscription_grace_period = _raw_subscription_grace_period
            subscription_grace_period: AppRelationshipsSubscriptionGracePeriod | Unset
            if isinstance(_subscription_grace_period, Unset):
                subscription_grace_period = UNSET
            else:
                subscription_grace_period = AppRelationshipsSubscriptionGracePeriod.from_dict(
                    _subscription_grace_period
                )

        _raw_subscription_groups = d.pop("subscriptionGroups", None)
        if _raw_subscription_groups is None:
            subscription_groups = None
        else:
            _subscription_groups = _raw_subscription_groups
            subscription_groups: AppRelationshipsSubscriptionGroups | Unset
            if isinstance(_subscription_groups, Unset):
                subscription_groups = UNSET
            else:
                subscription_groups = AppRelationshipsSubscriptionGroups.from_dict(_subscription_groups)

        _raw_webhooks = d.pop("webhooks", None)
        if _raw_webhooks is None:
            webhooks = None
        else:
            _webhooks = _raw_webhooks
            webhooks: AppRelationshipsWebhooks | Unset
            if isinstance(_webhooks, Unset):
                webhooks = UNSET
            else:
                webhooks = AppRelationshipsWebhooks.from_dict(_webhooks)

        app_relationships = cls(
            accessibility_declarations=accessibility_declarations,
            alternative_distribution_key=alternative_distribution_key,
            analytics_report_requests=analytics_report_requests,
            android_to_ios_app_mapping_details=android_to_ios_app_mapping_details,
            app_availability_v2=app_availability_v2,
            app_clips=app_clips,
            app_custom_product_pages=app_custom_product_pages,
            app_encryption_declarations=app_encryption_declarations,
            app_events=app_events,
            app_infos=app_infos,
            app_price_points=app_price_points,
            app_price_schedule=app_price_schedule,
            app_store_icon=app_store_icon,
            app_store_version_experiments_v2=app_store_version_experiments_v2,
            app_store_versions=app_store_versions,
            app_tags=app_tags,
            background_assets=background_assets,
            beta_app_localizations=beta_app_localizations,
            beta_app_review_detail=beta_app_review_detail,
            beta_feedback_crash_submissions=beta_feedback_crash_submissions,
            beta_feedback_screenshot_submissions=beta_feedback_screenshot_submissions,
            beta_groups=beta_groups,
            beta_license_agreement=beta_license_agreement,
            beta_testers=beta_testers,
            build_uploads=build_uploads,
            builds=builds,
            ci_product=ci_product,
            customer_review_summarizations=customer_review_summarizations,
            customer_reviews=customer_reviews,
            end_user_license_agreement=end_user_license_agreement,
            game_center_detail=game_center_detail,
            game_center_enabled_versions=game_center_enabled_versions,
            in_app_purchases=in_app_purchases,
            in_app_purchases_v2=in_app_purchases_v2,
            marketplace_search_detail=marketplace_search_detail,
            perf_power_metrics=perf_power_metrics,
            pre_release_versions=pre_release_versions,
            promoted_purchases=promoted_purchases,
            review_submissions=review_submissions,
            search_keywords=search_keywords,
            subscription_grace_period=subscription_grace_period,
            subscription_groups=subscription_groups,
            webhooks=webhooks,
        )
        app_relationships.additional_properties = d
        return app_relationships

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
