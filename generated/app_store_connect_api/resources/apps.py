"""`asc.apps`: the operations on apps (generated from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app_store_connect._resources import AsyncResource, Body, SyncResource

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from app_store_connect._pagination import AsyncPaginator, Paginator
    from app_store_connect._resources import Timeout

    from ..models.accessibility_declaration import AccessibilityDeclaration
    from ..models.accessibility_declarations_response import AccessibilityDeclarationsResponse
    from ..models.alternative_distribution_key_response import AlternativeDistributionKeyResponse
    from ..models.analytics_report_request import AnalyticsReportRequest
    from ..models.analytics_report_requests_response import AnalyticsReportRequestsResponse
    from ..models.android_to_ios_app_mapping_detail import AndroidToIosAppMappingDetail
    from ..models.android_to_ios_app_mapping_details_response import AndroidToIosAppMappingDetailsResponse
    from ..models.app import App
    from ..models.app_accessibility_declarations_linkages_response import (
        AppAccessibilityDeclarationsLinkagesResponse,
    )
    from ..models.app_accessibility_declarations_linkages_response_data_item import (
        AppAccessibilityDeclarationsLinkagesResponseDataItem,
    )
    from ..models.app_alternative_distribution_key_linkage_response import (
        AppAlternativeDistributionKeyLinkageResponse,
    )
    from ..models.app_analytics_report_requests_linkages_response import (
        AppAnalyticsReportRequestsLinkagesResponse,
    )
    from ..models.app_analytics_report_requests_linkages_response_data_item import (
        AppAnalyticsReportRequestsLinkagesResponseDataItem,
    )
    from ..models.app_android_to_ios_app_mapping_details_linkages_response import (
        AppAndroidToIosAppMappingDetailsLinkagesResponse,
    )
    from ..models.app_android_to_ios_app_mapping_details_linkages_response_data_item import (
        AppAndroidToIosAppMappingDetailsLinkagesResponseDataItem,
    )
    from ..models.app_app_availability_v2_linkage_response import AppAppAvailabilityV2LinkageResponse
    from ..models.app_app_clips_linkages_response import AppAppClipsLinkagesResponse
    from ..models.app_app_clips_linkages_response_data_item import AppAppClipsLinkagesResponseDataItem
    from ..models.app_app_custom_product_pages_linkages_response import (
        AppAppCustomProductPagesLinkagesResponse,
    )
    from ..models.app_app_custom_product_pages_linkages_response_data_item import (
        AppAppCustomProductPagesLinkagesResponseDataItem,
    )
    from ..models.app_app_encryption_declarations_linkages_response import (
        AppAppEncryptionDeclarationsLinkagesResponse,
    )
    from ..models.app_app_encryption_declarations_linkages_response_data_item import (
        AppAppEncryptionDeclarationsLinkagesResponseDataItem,
    )
    from ..models.app_app_events_linkages_response import AppAppEventsLinkagesResponse
    from ..models.app_app_events_linkages_response_data_item import AppAppEventsLinkagesResponseDataItem
    from ..models.app_app_infos_linkages_response import AppAppInfosLinkagesResponse
    from ..models.app_app_infos_linkages_response_data_item import AppAppInfosLinkagesResponseDataItem
    from ..models.app_app_price_points_linkages_response import AppAppPricePointsLinkagesResponse
    from ..models.app_app_price_points_linkages_response_data_item import (
        AppAppPricePointsLinkagesResponseDataItem,
    )
    from ..models.app_app_price_schedule_linkage_response import AppAppPriceScheduleLinkageResponse
    from ..models.app_app_store_version_experiments_v2_linkages_response import (
        AppAppStoreVersionExperimentsV2LinkagesResponse,
    )
    from ..models.app_app_store_version_experiments_v2_linkages_response_data_item import (
        AppAppStoreVersionExperimentsV2LinkagesResponseDataItem,
    )
    from ..models.app_app_store_versions_linkages_response import AppAppStoreVersionsLinkagesResponse
    from ..models.app_app_store_versions_linkages_response_data_item import (
        AppAppStoreVersionsLinkagesResponseDataItem,
    )
    from ..models.app_app_tags_linkages_response import AppAppTagsLinkagesResponse
    from ..models.app_app_tags_linkages_response_data_item import AppAppTagsLinkagesResponseDataItem
    from ..models.app_availability_v2_response import AppAvailabilityV2Response
    from ..models.app_background_assets_linkages_response import AppBackgroundAssetsLinkagesResponse
    from ..models.app_background_assets_linkages_response_data_item import (
        AppBackgroundAssetsLinkagesResponseDataItem,
    )
    from ..models.app_beta_app_localizations_linkages_response import AppBetaAppLocalizationsLinkagesResponse
    from ..models.app_beta_app_localizations_linkages_response_data_item import (
        AppBetaAppLocalizationsLinkagesResponseDataItem,
    )
    from ..models.app_beta_app_review_detail_linkage_response import AppBetaAppReviewDetailLinkageResponse
    from ..models.app_beta_feedback_crash_submissions_linkages_response import (
        AppBetaFeedbackCrashSubmissionsLinkagesResponse,
    )
    from ..models.app_beta_feedback_crash_submissions_linkages_response_data_item import (
        AppBetaFeedbackCrashSubmissionsLinkagesResponseDataItem,
    )
    from ..models.app_beta_feedback_screenshot_submissions_linkages_response import (
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponse,
    )
    from ..models.app_beta_feedback_screenshot_submissions_linkages_response_data_item import (
        AppBetaFeedbackScreenshotSubmissionsLinkagesResponseDataItem,
    )
    from ..models.app_beta_groups_linkages_response import AppBetaGroupsLinkagesResponse
    from ..models.app_beta_groups_linkages_response_data_item import AppBetaGroupsLinkagesResponseDataItem
    from ..models.app_beta_license_agreement_linkage_response import AppBetaLicenseAgreementLinkageResponse
    from ..models.app_build_uploads_linkages_response import AppBuildUploadsLinkagesResponse
    from ..models.app_build_uploads_linkages_response_data_item import AppBuildUploadsLinkagesResponseDataItem
    from ..models.app_builds_linkages_response import AppBuildsLinkagesResponse
    from ..models.app_builds_linkages_response_data_item import AppBuildsLinkagesResponseDataItem
    from ..models.app_ci_product_linkage_response import AppCiProductLinkageResponse
    from ..models.app_clip import AppClip
    from ..models.app_clips_response import AppClipsResponse
    from ..models.app_custom_product_page import AppCustomProductPage
    from ..models.app_custom_product_pages_response import AppCustomProductPagesResponse
    from ..models.app_customer_reviews_linkages_response import AppCustomerReviewsLinkagesResponse
    from ..models.app_customer_reviews_linkages_response_data_item import (
        AppCustomerReviewsLinkagesResponseDataItem,
    )
    from ..models.app_encryption_declaration import AppEncryptionDeclaration
    from ..models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
    from ..models.app_end_user_license_agreement_linkage_response import (
        AppEndUserLicenseAgreementLinkageResponse,
    )
    from ..models.app_event import AppEvent
    from ..models.app_events_response import AppEventsResponse
    from ..models.app_game_center_detail_linkage_response import AppGameCenterDetailLinkageResponse
    from ..models.app_game_center_enabled_versions_linkages_response import (
        AppGameCenterEnabledVersionsLinkagesResponse,
    )
    from ..models.app_game_center_enabled_versions_linkages_response_data_item import (
        AppGameCenterEnabledVersionsLinkagesResponseDataItem,
    )
    from ..models.app_in_app_purchases_linkages_response import AppInAppPurchasesLinkagesResponse
    from ..models.app_in_app_purchases_linkages_response_data_item import (
        AppInAppPurchasesLinkagesResponseDataItem,
    )
    from ..models.app_in_app_purchases_v2_linkages_response import AppInAppPurchasesV2LinkagesResponse
    from ..models.app_in_app_purchases_v2_linkages_response_data_item import (
        AppInAppPurchasesV2LinkagesResponseDataItem,
    )
    from ..models.app_info import AppInfo
    from ..models.app_infos_response import AppInfosResponse
    from ..models.app_keyword import AppKeyword
    from ..models.app_keywords_response import AppKeywordsResponse
    from ..models.app_marketplace_search_detail_linkage_response import (
        AppMarketplaceSearchDetailLinkageResponse,
    )
    from ..models.app_pre_release_versions_linkages_response import AppPreReleaseVersionsLinkagesResponse
    from ..models.app_pre_release_versions_linkages_response_data_item import (
        AppPreReleaseVersionsLinkagesResponseDataItem,
    )
    from ..models.app_price_point_v3 import AppPricePointV3
    from ..models.app_price_points_v3_response import AppPricePointsV3Response
    from ..models.app_price_schedule_response import AppPriceScheduleResponse
    from ..models.app_promoted_purchases_linkages_response import AppPromotedPurchasesLinkagesResponse
    from ..models.app_promoted_purchases_linkages_response_data_item import (
        AppPromotedPurchasesLinkagesResponseDataItem,
    )
    from ..models.app_response import AppResponse
    from ..models.app_review_submissions_linkages_response import AppReviewSubmissionsLinkagesResponse
    from ..models.app_review_submissions_linkages_response_data_item import (
        AppReviewSubmissionsLinkagesResponseDataItem,
    )
    from ..models.app_search_keywords_linkages_response import AppSearchKeywordsLinkagesResponse
    from ..models.app_search_keywords_linkages_response_data_item import (
        AppSearchKeywordsLinkagesResponseDataItem,
    )
    from ..models.app_store_version import AppStoreVersion
    from ..models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
    from ..models.app_store_version_experiments_v2_response import AppStoreVersionExperimentsV2Response
    from ..models.app_store_versions_response import AppStoreVersionsResponse
    from ..models.app_subscription_grace_period_linkage_response import (
        AppSubscriptionGracePeriodLinkageResponse,
    )
    from ..models.app_subscription_groups_linkages_response import AppSubscriptionGroupsLinkagesResponse
    from ..models.app_subscription_groups_linkages_response_data_item import (
        AppSubscriptionGroupsLinkagesResponseDataItem,
    )
    from ..models.app_tag import AppTag
    from ..models.app_tags_response import AppTagsResponse
    from ..models.app_update_request import AppUpdateRequest
    from ..models.app_webhooks_linkages_response import AppWebhooksLinkagesResponse
    from ..models.app_webhooks_linkages_response_data_item import AppWebhooksLinkagesResponseDataItem
    from ..models.apps_beta_tester_usages_v1_metric_response import AppsBetaTesterUsagesV1MetricResponse
    from ..models.apps_response import AppsResponse
    from ..models.background_asset import BackgroundAsset
    from ..models.background_assets_response import BackgroundAssetsResponse
    from ..models.beta_app_localization import BetaAppLocalization
    from ..models.beta_app_localizations_without_includes_response import (
        BetaAppLocalizationsWithoutIncludesResponse,
    )
    from ..models.beta_app_review_detail_without_includes_response import (
        BetaAppReviewDetailWithoutIncludesResponse,
    )
    from ..models.beta_feedback_crash_submission import BetaFeedbackCrashSubmission
    from ..models.beta_feedback_crash_submissions_response import BetaFeedbackCrashSubmissionsResponse
    from ..models.beta_feedback_screenshot_submission import BetaFeedbackScreenshotSubmission
    from ..models.beta_feedback_screenshot_submissions_response import (
        BetaFeedbackScreenshotSubmissionsResponse,
    )
    from ..models.beta_group import BetaGroup
    from ..models.beta_groups_without_includes_response import BetaGroupsWithoutIncludesResponse
    from ..models.beta_license_agreement_without_includes_response import (
        BetaLicenseAgreementWithoutIncludesResponse,
    )
    from ..models.build import Build
    from ..models.build_upload import BuildUpload
    from ..models.build_uploads_response import BuildUploadsResponse
    from ..models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ..models.ci_product_response import CiProductResponse
    from ..models.customer_review import CustomerReview
    from ..models.customer_review_summarization import CustomerReviewSummarization
    from ..models.customer_review_summarizations_response import CustomerReviewSummarizationsResponse
    from ..models.customer_reviews_response import CustomerReviewsResponse
    from ..models.end_user_license_agreement_without_includes_response import (
        EndUserLicenseAgreementWithoutIncludesResponse,
    )
    from ..models.game_center_detail_response import GameCenterDetailResponse
    from ..models.game_center_enabled_version import GameCenterEnabledVersion
    from ..models.game_center_enabled_versions_response import GameCenterEnabledVersionsResponse
    from ..models.in_app_purchase import InAppPurchase
    from ..models.in_app_purchase_v2 import InAppPurchaseV2
    from ..models.in_app_purchases_response import InAppPurchasesResponse
    from ..models.in_app_purchases_v2_response import InAppPurchasesV2Response
    from ..models.marketplace_search_detail_response import MarketplaceSearchDetailResponse
    from ..models.pre_release_versions_without_includes_response import (
        PreReleaseVersionsWithoutIncludesResponse,
    )
    from ..models.prerelease_version import PrereleaseVersion
    from ..models.promoted_purchase import PromotedPurchase
    from ..models.promoted_purchases_response import PromotedPurchasesResponse
    from ..models.review_submission import ReviewSubmission
    from ..models.review_submissions_response import ReviewSubmissionsResponse
    from ..models.subscription_grace_period_response import SubscriptionGracePeriodResponse
    from ..models.subscription_group import SubscriptionGroup
    from ..models.subscription_groups_response import SubscriptionGroupsResponse
    from ..models.webhook import Webhook
    from ..models.webhooks_response import WebhooksResponse
    from ..models.xcode_metrics import XcodeMetrics

__all__ = ["Apps", "AsyncApps"]

_UPDATE_BODY = Body(
    "apps",
    {
        "accessibility_url": ("accessibilityUrl", "string", False),
        "bundle_id": ("bundleId", "string", False),
        "primary_locale": ("primaryLocale", "string", False),
        "subscription_status_url": ("subscriptionStatusUrl", "string", False),
        "subscription_status_url_version": ("subscriptionStatusUrlVersion", "string", False),
        "subscription_status_url_for_sandbox": ("subscriptionStatusUrlForSandbox", "string", False),
        "subscription_status_url_version_for_sandbox": (
            "subscriptionStatusUrlVersionForSandbox",
            "string",
            False,
        ),
        "content_rights_declaration": ("contentRightsDeclaration", "string", False),
        "streamlined_purchasing_enabled": ("streamlinedPurchasingEnabled", "boolean", False),
    },
    {},
)


class Apps(SyncResource):
    """`asc.apps`."""

    def get(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        timeout: Timeout = None,
    ) -> AppResponse:
        """One request.

        ``GET /v1/apps/{id}`` (apps_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_
        """
        return self._call("apps.apps_get_instance", locals())

    def get_alternative_distribution_key(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """One request.

        ``GET /v1/apps/{id}/alternativeDistributionKey`` (apps_alternativeDistributionKey_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-alternativedistributionkey
        """
        return self._call("apps.apps_alternative_distribution_key_get_to_one_related", locals())

    def get_alternative_distribution_key_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAlternativeDistributionKeyLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/alternativeDistributionKey`` (apps_alternativeDistributionKey_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-alternativedistributionkey
        """
        return self._call("apps.apps_alternative_distribution_key_get_to_one_relationship", locals())

    def get_app_availability_v2(
        self,
        id: str,
        /,
        *,
        fields_app_availabilities: str | Sequence[str] | None = None,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territory_availabilities: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """One request.

        ``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2
        """
        return self._call("apps.apps_app_availability_v2_get_to_one_related", locals())

    def get_app_availability_v2_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAppAvailabilityV2LinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appavailabilityv2
        """
        return self._call("apps.apps_app_availability_v2_get_to_one_relationship", locals())

    def get_app_price_schedule(
        self,
        id: str,
        /,
        *,
        fields_app_price_schedules: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """One request.

        ``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule
        """
        return self._call("apps.apps_app_price_schedule_get_to_one_related", locals())

    def get_app_price_schedule_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAppPriceScheduleLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppriceschedule
        """
        return self._call("apps.apps_app_price_schedule_get_to_one_relationship", locals())

    def get_beta_app_review_detail(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail
        """
        return self._call("apps.apps_beta_app_review_detail_get_to_one_related", locals())

    def get_beta_app_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppBetaAppReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaappreviewdetail
        """
        return self._call("apps.apps_beta_app_review_detail_get_to_one_relationship", locals())

    def get_beta_license_agreement(
        self,
        id: str,
        /,
        *,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/betaLicenseAgreement`` (apps_betaLicenseAgreement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betalicenseagreement
        """
        return self._call("apps.apps_beta_license_agreement_get_to_one_related", locals())

    def get_beta_license_agreement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppBetaLicenseAgreementLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/betaLicenseAgreement`` (apps_betaLicenseAgreement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betalicenseagreement
        """
        return self._call("apps.apps_beta_license_agreement_get_to_one_relationship", locals())

    def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        period: str | None = None,
        group_by: str | Sequence[str] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsBetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/apps/{id}/metrics/betaTesterUsages`` (apps_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-metrics-betatesterusages
        """
        return self._call("apps.apps_beta_tester_usages_get_metrics", locals())

    def get_ci_product(
        self,
        id: str,
        /,
        *,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductResponse:
        """One request.

        ``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct
        """
        return self._call("apps.apps_ci_product_get_to_one_related", locals())

    def get_ci_product_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppCiProductLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/ciProduct`` (apps_ciProduct_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-ciproduct
        """
        return self._call("apps.apps_ci_product_get_to_one_relationship", locals())

    def get_end_user_license_agreement(
        self,
        id: str,
        /,
        *,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/endUserLicenseAgreement`` (apps_endUserLicenseAgreement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-enduserlicenseagreement
        """
        return self._call("apps.apps_end_user_license_agreement_get_to_one_related", locals())

    def get_end_user_license_agreement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEndUserLicenseAgreementLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/endUserLicenseAgreement`` (apps_endUserLicenseAgreement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-enduserlicenseagreement
        """
        return self._call("apps.apps_end_user_license_agreement_get_to_one_relationship", locals())

    def get_game_center_detail(
        self,
        id: str,
        /,
        *,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """One request.

        ``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail
        """
        return self._call("apps.apps_game_center_detail_get_to_one_related", locals())

    def get_game_center_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppGameCenterDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterdetail
        """
        return self._call("apps.apps_game_center_detail_get_to_one_relationship", locals())

    def get_marketplace_search_detail(
        self,
        id: str,
        /,
        *,
        fields_marketplace_search_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """One request.

        ``GET /v1/apps/{id}/marketplaceSearchDetail`` (apps_marketplaceSearchDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-marketplacesearchdetail
        """
        return self._call("apps.apps_marketplace_search_detail_get_to_one_related", locals())

    def get_marketplace_search_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppMarketplaceSearchDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/marketplaceSearchDetail`` (apps_marketplaceSearchDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-marketplacesearchdetail
        """
        return self._call("apps.apps_marketplace_search_detail_get_to_one_relationship", locals())

    def get_subscription_grace_period(
        self,
        id: str,
        /,
        *,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """One request.

        ``GET /v1/apps/{id}/subscriptionGracePeriod`` (apps_subscriptionGracePeriod_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongraceperiod
        """
        return self._call("apps.apps_subscription_grace_period_get_to_one_related", locals())

    def get_subscription_grace_period_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppSubscriptionGracePeriodLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/subscriptionGracePeriod`` (apps_subscriptionGracePeriod_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongraceperiod
        """
        return self._call("apps.apps_subscription_grace_period_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_bundle_id: str | Sequence[str] | None = None,
        filter_sku: str | Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: str | Sequence[str] | None = None,
        filter_app_store_versions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions_app_version_state: str | Sequence[str] | None = None,
        filter_review_submissions_state: str | Sequence[str] | None = None,
        filter_review_submissions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/apps`` (apps_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        return self._paginate("apps.apps_get_collection", locals())

    def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_bundle_id: str | Sequence[str] | None = None,
        filter_sku: str | Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: str | Sequence[str] | None = None,
        filter_app_store_versions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions_app_version_state: str | Sequence[str] | None = None,
        filter_review_submissions_state: str | Sequence[str] | None = None,
        filter_review_submissions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        timeout: Timeout = None,
    ) -> AppsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps`` (apps_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        return self._call("apps.apps_get_collection", locals())

    def list_accessibility_declarations(
        self,
        id: str,
        /,
        *,
        filter_device_family: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AccessibilityDeclaration]:
        """Every AccessibilityDeclaration across pages, with the pagination guards.

        ``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        return self._paginate("apps.apps_accessibility_declarations_get_to_many_related", locals())

    def list_accessibility_declarations_page(
        self,
        id: str,
        /,
        *,
        filter_device_family: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        return self._call("apps.apps_accessibility_declarations_get_to_many_related", locals())

    def list_accessibility_declarations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAccessibilityDeclarationsLinkagesResponseDataItem]:
        """Every AppAccessibilityDeclarationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        return self._paginate("apps.apps_accessibility_declarations_get_to_many_relationship", locals())

    def list_accessibility_declarations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAccessibilityDeclarationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        return self._call("apps.apps_accessibility_declarations_get_to_many_relationship", locals())

    def list_analytics_report_requests(
        self,
        id: str,
        /,
        *,
        filter_access_type: str | Sequence[str] | None = None,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AnalyticsReportRequest]:
        """Every AnalyticsReportRequest across pages, with the pagination guards.

        ``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        return self._paginate("apps.apps_analytics_report_requests_get_to_many_related", locals())

    def list_analytics_report_requests_page(
        self,
        id: str,
        /,
        *,
        filter_access_type: str | Sequence[str] | None = None,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        return self._call("apps.apps_analytics_report_requests_get_to_many_related", locals())

    def list_analytics_report_requests_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAnalyticsReportRequestsLinkagesResponseDataItem]:
        """Every AppAnalyticsReportRequestsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        return self._paginate("apps.apps_analytics_report_requests_get_to_many_relationship", locals())

    def list_analytics_report_requests_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAnalyticsReportRequestsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        return self._call("apps.apps_analytics_report_requests_get_to_many_relationship", locals())

    def list_android_to_ios_app_mapping_details(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AndroidToIosAppMappingDetail]:
        """Every AndroidToIosAppMappingDetail across pages, with the pagination guards.

        ``GET /v1/apps/{id}/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        return self._paginate("apps.apps_android_to_ios_app_mapping_details_get_to_many_related", locals())

    def list_android_to_ios_app_mapping_details_page(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        return self._call("apps.apps_android_to_ios_app_mapping_details_get_to_many_related", locals())

    def list_android_to_ios_app_mapping_details_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAndroidToIosAppMappingDetailsLinkagesResponseDataItem]:
        """Every AppAndroidToIosAppMappingDetailsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        return self._paginate(
            "apps.apps_android_to_ios_app_mapping_details_get_to_many_relationship", locals()
        )

    def list_android_to_ios_app_mapping_details_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAndroidToIosAppMappingDetailsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        return self._call("apps.apps_android_to_ios_app_mapping_details_get_to_many_relationship", locals())

    def list_app_clips(
        self,
        id: str,
        /,
        *,
        filter_bundle_id: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppClip]:
        """Every AppClip across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        return self._paginate("apps.apps_app_clips_get_to_many_related", locals())

    def list_app_clips_page(
        self,
        id: str,
        /,
        *,
        filter_bundle_id: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        return self._call("apps.apps_app_clips_get_to_many_related", locals())

    def list_app_clips_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppClipsLinkagesResponseDataItem]:
        """Every AppAppClipsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appClips`` (apps_appClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        return self._paginate("apps.apps_app_clips_get_to_many_relationship", locals())

    def list_app_clips_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppClipsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appClips`` (apps_appClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        return self._call("apps.apps_app_clips_get_to_many_relationship", locals())

    def list_app_custom_product_pages(
        self,
        id: str,
        /,
        *,
        filter_visible: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomProductPage]:
        """Every AppCustomProductPage across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        return self._paginate("apps.apps_app_custom_product_pages_get_to_many_related", locals())

    def list_app_custom_product_pages_page(
        self,
        id: str,
        /,
        *,
        filter_visible: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        return self._call("apps.apps_app_custom_product_pages_get_to_many_related", locals())

    def list_app_custom_product_pages_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppCustomProductPagesLinkagesResponseDataItem]:
        """Every AppAppCustomProductPagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        return self._paginate("apps.apps_app_custom_product_pages_get_to_many_relationship", locals())

    def list_app_custom_product_pages_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppCustomProductPagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        return self._call("apps.apps_app_custom_product_pages_get_to_many_relationship", locals())

    def list_app_encryption_declarations(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEncryptionDeclaration]:
        """Every AppEncryptionDeclaration across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        return self._paginate("apps.apps_app_encryption_declarations_get_to_many_related", locals())

    def list_app_encryption_declarations_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        return self._call("apps.apps_app_encryption_declarations_get_to_many_related", locals())

    def list_app_encryption_declarations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppEncryptionDeclarationsLinkagesResponseDataItem]:
        """Every AppAppEncryptionDeclarationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        return self._paginate("apps.apps_app_encryption_declarations_get_to_many_relationship", locals())

    def list_app_encryption_declarations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppEncryptionDeclarationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        return self._call("apps.apps_app_encryption_declarations_get_to_many_relationship", locals())

    def list_app_events(
        self,
        id: str,
        /,
        *,
        filter_event_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppEvent]:
        """Every AppEvent across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        return self._paginate("apps.apps_app_events_get_to_many_related", locals())

    def list_app_events_page(
        self,
        id: str,
        /,
        *,
        filter_event_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        return self._call("apps.apps_app_events_get_to_many_related", locals())

    def list_app_events_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppEventsLinkagesResponseDataItem]:
        """Every AppAppEventsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appEvents`` (apps_appEvents_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        return self._paginate("apps.apps_app_events_get_to_many_relationship", locals())

    def list_app_events_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppEventsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appEvents`` (apps_appEvents_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        return self._call("apps.apps_app_events_get_to_many_relationship", locals())

    def list_app_infos(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInfo]:
        """Every AppInfo across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        return self._paginate("apps.apps_app_infos_get_to_many_related", locals())

    def list_app_infos_page(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfosResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        return self._call("apps.apps_app_infos_get_to_many_related", locals())

    def list_app_infos_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppInfosLinkagesResponseDataItem]:
        """Every AppAppInfosLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appInfos`` (apps_appInfos_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        return self._paginate("apps.apps_app_infos_get_to_many_relationship", locals())

    def list_app_infos_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppInfosLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appInfos`` (apps_appInfos_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        return self._call("apps.apps_app_infos_get_to_many_relationship", locals())

    def list_app_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPricePointV3]:
        """Every AppPricePointV3 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        return self._paginate("apps.apps_app_price_points_get_to_many_related", locals())

    def list_app_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointsV3Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        return self._call("apps.apps_app_price_points_get_to_many_related", locals())

    def list_app_price_points_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppPricePointsLinkagesResponseDataItem]:
        """Every AppAppPricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appPricePoints`` (apps_appPricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        return self._paginate("apps.apps_app_price_points_get_to_many_relationship", locals())

    def list_app_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppPricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appPricePoints`` (apps_appPricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        return self._call("apps.apps_app_price_points_get_to_many_relationship", locals())

    def list_app_store_version_experiments_v2(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersionExperimentV2]:
        """Every AppStoreVersionExperimentV2 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        return self._paginate("apps.apps_app_store_version_experiments_v2_get_to_many_related", locals())

    def list_app_store_version_experiments_v2_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        return self._call("apps.apps_app_store_version_experiments_v2_get_to_many_related", locals())

    def list_app_store_version_experiments_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppStoreVersionExperimentsV2LinkagesResponseDataItem]:
        """Every AppAppStoreVersionExperimentsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._paginate("apps.apps_app_store_version_experiments_v2_get_to_many_relationship", locals())

    def list_app_store_version_experiments_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppStoreVersionExperimentsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._call("apps.apps_app_store_version_experiments_v2_get_to_many_relationship", locals())

    def list_app_store_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app_store_state: str | Sequence[str] | None = None,
        filter_app_version_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppStoreVersion]:
        """Every AppStoreVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        return self._paginate("apps.apps_app_store_versions_get_to_many_related", locals())

    def list_app_store_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app_store_state: str | Sequence[str] | None = None,
        filter_app_version_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        return self._call("apps.apps_app_store_versions_get_to_many_related", locals())

    def list_app_store_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppStoreVersionsLinkagesResponseDataItem]:
        """Every AppAppStoreVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appStoreVersions`` (apps_appStoreVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        return self._paginate("apps.apps_app_store_versions_get_to_many_relationship", locals())

    def list_app_store_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppStoreVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appStoreVersions`` (apps_appStoreVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        return self._call("apps.apps_app_store_versions_get_to_many_relationship", locals())

    def list_app_tags(
        self,
        id: str,
        /,
        *,
        filter_visible_in_app_store: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_app_tags: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppTag]:
        """Every AppTag across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        return self._paginate("apps.apps_app_tags_get_to_many_related", locals())

    def list_app_tags_page(
        self,
        id: str,
        /,
        *,
        filter_visible_in_app_store: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_app_tags: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        timeout: Timeout = None,
    ) -> AppTagsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        return self._call("apps.apps_app_tags_get_to_many_related", locals())

    def list_app_tags_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppAppTagsLinkagesResponseDataItem]:
        """Every AppAppTagsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appTags`` (apps_appTags_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        return self._paginate("apps.apps_app_tags_get_to_many_relationship", locals())

    def list_app_tags_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppTagsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appTags`` (apps_appTags_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        return self._call("apps.apps_app_tags_get_to_many_relationship", locals())

    def list_background_assets(
        self,
        id: str,
        /,
        *,
        filter_archived: str | Sequence[str] | None = None,
        filter_asset_pack_identifier: str | Sequence[str] | None = None,
        filter_versions_locale: str | Sequence[str] | None = None,
        filter_versions_platforms: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BackgroundAsset]:
        """Every BackgroundAsset across pages, with the pagination guards.

        ``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        return self._paginate("apps.apps_background_assets_get_to_many_related", locals())

    def list_background_assets_page(
        self,
        id: str,
        /,
        *,
        filter_archived: str | Sequence[str] | None = None,
        filter_asset_pack_identifier: str | Sequence[str] | None = None,
        filter_versions_locale: str | Sequence[str] | None = None,
        filter_versions_platforms: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        return self._call("apps.apps_background_assets_get_to_many_related", locals())

    def list_background_assets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBackgroundAssetsLinkagesResponseDataItem]:
        """Every AppBackgroundAssetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/backgroundAssets`` (apps_backgroundAssets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        return self._paginate("apps.apps_background_assets_get_to_many_relationship", locals())

    def list_background_assets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBackgroundAssetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/backgroundAssets`` (apps_backgroundAssets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        return self._call("apps.apps_background_assets_get_to_many_relationship", locals())

    def list_beta_app_localizations(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaAppLocalization]:
        """Every BetaAppLocalization across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        return self._paginate("apps.apps_beta_app_localizations_get_to_many_related", locals())

    def list_beta_app_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        return self._call("apps.apps_beta_app_localizations_get_to_many_related", locals())

    def list_beta_app_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBetaAppLocalizationsLinkagesResponseDataItem]:
        """Every AppBetaAppLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        return self._paginate("apps.apps_beta_app_localizations_get_to_many_relationship", locals())

    def list_beta_app_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaAppLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        return self._call("apps.apps_beta_app_localizations_get_to_many_relationship", locals())

    def list_beta_feedback_crash_submissions(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaFeedbackCrashSubmission]:
        """Every BetaFeedbackCrashSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_crash_submissions_get_to_many_related", locals())

    def list_beta_feedback_crash_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        return self._call("apps.apps_beta_feedback_crash_submissions_get_to_many_related", locals())

    def list_beta_feedback_crash_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBetaFeedbackCrashSubmissionsLinkagesResponseDataItem]:
        """Every AppBetaFeedbackCrashSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_crash_submissions_get_to_many_relationship", locals())

    def list_beta_feedback_crash_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaFeedbackCrashSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        return self._call("apps.apps_beta_feedback_crash_submissions_get_to_many_relationship", locals())

    def list_beta_feedback_screenshot_submissions(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaFeedbackScreenshotSubmission]:
        """Every BetaFeedbackScreenshotSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_screenshot_submissions_get_to_many_related", locals())

    def list_beta_feedback_screenshot_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackScreenshotSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        return self._call("apps.apps_beta_feedback_screenshot_submissions_get_to_many_related", locals())

    def list_beta_feedback_screenshot_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBetaFeedbackScreenshotSubmissionsLinkagesResponseDataItem]:
        """Every AppBetaFeedbackScreenshotSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        return self._paginate(
            "apps.apps_beta_feedback_screenshot_submissions_get_to_many_relationship", locals()
        )

    def list_beta_feedback_screenshot_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaFeedbackScreenshotSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        return self._call("apps.apps_beta_feedback_screenshot_submissions_get_to_many_relationship", locals())

    def list_beta_groups(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaGroups`` (apps_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        return self._paginate("apps.apps_beta_groups_get_to_many_related", locals())

    def list_beta_groups_page(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaGroups`` (apps_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        return self._call("apps.apps_beta_groups_get_to_many_related", locals())

    def list_beta_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBetaGroupsLinkagesResponseDataItem]:
        """Every AppBetaGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaGroups`` (apps_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        return self._paginate("apps.apps_beta_groups_get_to_many_relationship", locals())

    def list_beta_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaGroups`` (apps_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        return self._call("apps.apps_beta_groups_get_to_many_relationship", locals())

    def list_build_uploads(
        self,
        id: str,
        /,
        *,
        filter_cf_bundle_short_version_string: str | Sequence[str] | None = None,
        filter_cf_bundle_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[BuildUpload]:
        """Every BuildUpload across pages, with the pagination guards.

        ``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        return self._paginate("apps.apps_build_uploads_get_to_many_related", locals())

    def list_build_uploads_page(
        self,
        id: str,
        /,
        *,
        filter_cf_bundle_short_version_string: str | Sequence[str] | None = None,
        filter_cf_bundle_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        return self._call("apps.apps_build_uploads_get_to_many_related", locals())

    def list_build_uploads_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBuildUploadsLinkagesResponseDataItem]:
        """Every AppBuildUploadsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/buildUploads`` (apps_buildUploads_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        return self._paginate("apps.apps_build_uploads_get_to_many_relationship", locals())

    def list_build_uploads_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBuildUploadsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/buildUploads`` (apps_buildUploads_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        return self._call("apps.apps_build_uploads_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/apps/{id}/builds`` (apps_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        return self._paginate("apps.apps_builds_get_to_many_related", locals())

    def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/builds`` (apps_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        return self._call("apps.apps_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppBuildsLinkagesResponseDataItem]:
        """Every AppBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/builds`` (apps_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        return self._paginate("apps.apps_builds_get_to_many_relationship", locals())

    def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/builds`` (apps_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        return self._call("apps.apps_builds_get_to_many_relationship", locals())

    def list_customer_review_summarizations(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str],
        filter_territory: str | Sequence[str] | None = None,
        fields_customer_review_summarizations: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CustomerReviewSummarization]:
        """Every CustomerReviewSummarization across pages, with the pagination guards.

        ``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        return self._paginate("apps.apps_customer_review_summarizations_get_to_many_related", locals())

    def list_customer_review_summarizations_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str],
        filter_territory: str | Sequence[str] | None = None,
        fields_customer_review_summarizations: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewSummarizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        return self._call("apps.apps_customer_review_summarizations_get_to_many_related", locals())

    def list_customer_reviews(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[CustomerReview]:
        """Every CustomerReview across pages, with the pagination guards.

        ``GET /v1/apps/{id}/customerReviews`` (apps_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        return self._paginate("apps.apps_customer_reviews_get_to_many_related", locals())

    def list_customer_reviews_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/customerReviews`` (apps_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        return self._call("apps.apps_customer_reviews_get_to_many_related", locals())

    def list_customer_reviews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppCustomerReviewsLinkagesResponseDataItem]:
        """Every AppCustomerReviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/customerReviews`` (apps_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        return self._paginate("apps.apps_customer_reviews_get_to_many_relationship", locals())

    def list_customer_reviews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomerReviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/customerReviews`` (apps_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        return self._call("apps.apps_customer_reviews_get_to_many_relationship", locals())

    def list_game_center_enabled_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[GameCenterEnabledVersion]:
        """Every GameCenterEnabledVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        return self._paginate("apps.apps_game_center_enabled_versions_get_to_many_related", locals())

    def list_game_center_enabled_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        return self._call("apps.apps_game_center_enabled_versions_get_to_many_related", locals())

    def list_game_center_enabled_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppGameCenterEnabledVersionsLinkagesResponseDataItem]:
        """Every AppGameCenterEnabledVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        return self._paginate("apps.apps_game_center_enabled_versions_get_to_many_relationship", locals())

    def list_game_center_enabled_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppGameCenterEnabledVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        return self._call("apps.apps_game_center_enabled_versions_get_to_many_relationship", locals())

    def list_in_app_purchases(
        self,
        id: str,
        /,
        *,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        filter_can_be_submitted: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchase]:
        """Every InAppPurchase across pages, with the pagination guards.

        ``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        return self._paginate("apps.apps_in_app_purchases_get_to_many_related", locals())

    def list_in_app_purchases_page(
        self,
        id: str,
        /,
        *,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        filter_can_be_submitted: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        return self._call("apps.apps_in_app_purchases_get_to_many_related", locals())

    def list_in_app_purchases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInAppPurchasesLinkagesResponseDataItem]:
        """Every AppInAppPurchasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/inAppPurchases`` (apps_inAppPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        return self._paginate("apps.apps_in_app_purchases_get_to_many_relationship", locals())

    def list_in_app_purchases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInAppPurchasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/inAppPurchases`` (apps_inAppPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        return self._call("apps.apps_in_app_purchases_get_to_many_relationship", locals())

    def list_in_app_purchases_v2(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[InAppPurchaseV2]:
        """Every InAppPurchaseV2 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        return self._paginate("apps.apps_in_app_purchases_v2_get_to_many_related", locals())

    def list_in_app_purchases_v2_page(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        return self._call("apps.apps_in_app_purchases_v2_get_to_many_related", locals())

    def list_in_app_purchases_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppInAppPurchasesV2LinkagesResponseDataItem]:
        """Every AppInAppPurchasesV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        return self._paginate("apps.apps_in_app_purchases_v2_get_to_many_relationship", locals())

    def list_in_app_purchases_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInAppPurchasesV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        return self._call("apps.apps_in_app_purchases_v2_get_to_many_relationship", locals())

    def list_perf_power_metrics(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_metric_type: str | Sequence[str] | None = None,
        filter_device_type: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> XcodeMetrics:
        """One request.

        ``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics
        """
        return self._call("apps.apps_perf_power_metrics_get_to_many_related", locals())

    def list_pre_release_versions(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PrereleaseVersion]:
        """Every PrereleaseVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        return self._paginate("apps.apps_pre_release_versions_get_to_many_related", locals())

    def list_pre_release_versions_page(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PreReleaseVersionsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        return self._call("apps.apps_pre_release_versions_get_to_many_related", locals())

    def list_pre_release_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPreReleaseVersionsLinkagesResponseDataItem]:
        """Every AppPreReleaseVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        return self._paginate("apps.apps_pre_release_versions_get_to_many_relationship", locals())

    def list_pre_release_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreReleaseVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        return self._call("apps.apps_pre_release_versions_get_to_many_relationship", locals())

    def list_promoted_purchases(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[PromotedPurchase]:
        """Every PromotedPurchase across pages, with the pagination guards.

        ``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        return self._paginate("apps.apps_promoted_purchases_get_to_many_related", locals())

    def list_promoted_purchases_page(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        return self._call("apps.apps_promoted_purchases_get_to_many_related", locals())

    def list_promoted_purchases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppPromotedPurchasesLinkagesResponseDataItem]:
        """Every AppPromotedPurchasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        return self._paginate("apps.apps_promoted_purchases_get_to_many_relationship", locals())

    def list_promoted_purchases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPromotedPurchasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        return self._call("apps.apps_promoted_purchases_get_to_many_relationship", locals())

    def list_review_submissions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[ReviewSubmission]:
        """Every ReviewSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        return self._paginate("apps.apps_review_submissions_get_to_many_related", locals())

    def list_review_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        return self._call("apps.apps_review_submissions_get_to_many_related", locals())

    def list_review_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppReviewSubmissionsLinkagesResponseDataItem]:
        """Every AppReviewSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        return self._paginate("apps.apps_review_submissions_get_to_many_relationship", locals())

    def list_review_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppReviewSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        return self._call("apps.apps_review_submissions_get_to_many_relationship", locals())

    def list_search_keywords(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppKeyword]:
        """Every AppKeyword across pages, with the pagination guards.

        ``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        return self._paginate("apps.apps_search_keywords_get_to_many_related", locals())

    def list_search_keywords_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppKeywordsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        return self._call("apps.apps_search_keywords_get_to_many_related", locals())

    def list_search_keywords_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppSearchKeywordsLinkagesResponseDataItem]:
        """Every AppSearchKeywordsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/searchKeywords`` (apps_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        return self._paginate("apps.apps_search_keywords_get_to_many_relationship", locals())

    def list_search_keywords_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppSearchKeywordsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/searchKeywords`` (apps_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        return self._call("apps.apps_search_keywords_get_to_many_relationship", locals())

    def list_subscription_groups(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_subscriptions_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[SubscriptionGroup]:
        """Every SubscriptionGroup across pages, with the pagination guards.

        ``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        return self._paginate("apps.apps_subscription_groups_get_to_many_related", locals())

    def list_subscription_groups_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_subscriptions_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        return self._call("apps.apps_subscription_groups_get_to_many_related", locals())

    def list_subscription_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppSubscriptionGroupsLinkagesResponseDataItem]:
        """Every AppSubscriptionGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        return self._paginate("apps.apps_subscription_groups_get_to_many_relationship", locals())

    def list_subscription_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppSubscriptionGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        return self._call("apps.apps_subscription_groups_get_to_many_relationship", locals())

    def list_webhooks(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[Webhook]:
        """Every Webhook across pages, with the pagination guards.

        ``GET /v1/apps/{id}/webhooks`` (apps_webhooks_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        return self._paginate("apps.apps_webhooks_get_to_many_related", locals())

    def list_webhooks_page(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhooksResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/webhooks`` (apps_webhooks_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        return self._call("apps.apps_webhooks_get_to_many_related", locals())

    def list_webhooks_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> Paginator[AppWebhooksLinkagesResponseDataItem]:
        """Every AppWebhooksLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/webhooks`` (apps_webhooks_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        return self._paginate("apps.apps_webhooks_get_to_many_relationship", locals())

    def list_webhooks_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppWebhooksLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/webhooks`` (apps_webhooks_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        return self._call("apps.apps_webhooks_get_to_many_relationship", locals())

    def remove_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/apps/{id}/relationships/betaTesters`` (apps_betaTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apps-_id_-relationships-betatesters
        """
        return self._link_many("apps.apps_beta_testers_delete_to_many_relationship", locals(), "betaTesters")

    def replace_promoted_purchases(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_-relationships-promotedpurchases
        """
        return self._link_many(
            "apps.apps_promoted_purchases_replace_to_many_relationship", locals(), "promotedPurchases"
        )

    def update(
        self,
        id: str,
        /,
        body: AppUpdateRequest | Mapping[str, Any] | None = None,
        *,
        accessibility_url: str | None | Unset = UNSET,
        bundle_id: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        subscription_status_url: str | None | Unset = UNSET,
        subscription_status_url_version: str | None | Unset = UNSET,
        subscription_status_url_for_sandbox: str | None | Unset = UNSET,
        subscription_status_url_version_for_sandbox: str | None | Unset = UNSET,
        content_rights_declaration: str | None | Unset = UNSET,
        streamlined_purchasing_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/apps/{id}`` (apps_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_
        """
        return self._write("apps.apps_update_instance", locals(), _UPDATE_BODY)


class AsyncApps(AsyncResource):
    """`asc.apps` (async)."""

    async def get(
        self,
        id: str,
        /,
        *,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        timeout: Timeout = None,
    ) -> AppResponse:
        """One request.

        ``GET /v1/apps/{id}`` (apps_getInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_
        """
        return await self._call("apps.apps_get_instance", locals())

    async def get_alternative_distribution_key(
        self,
        id: str,
        /,
        *,
        fields_alternative_distribution_keys: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AlternativeDistributionKeyResponse:
        """One request.

        ``GET /v1/apps/{id}/alternativeDistributionKey`` (apps_alternativeDistributionKey_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-alternativedistributionkey
        """
        return await self._call("apps.apps_alternative_distribution_key_get_to_one_related", locals())

    async def get_alternative_distribution_key_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAlternativeDistributionKeyLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/alternativeDistributionKey`` (apps_alternativeDistributionKey_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-alternativedistributionkey
        """
        return await self._call("apps.apps_alternative_distribution_key_get_to_one_relationship", locals())

    async def get_app_availability_v2(
        self,
        id: str,
        /,
        *,
        fields_app_availabilities: str | Sequence[str] | None = None,
        fields_territory_availabilities: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_territory_availabilities: int | None = None,
        timeout: Timeout = None,
    ) -> AppAvailabilityV2Response:
        """One request.

        ``GET /v1/apps/{id}/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appavailabilityv2
        """
        return await self._call("apps.apps_app_availability_v2_get_to_one_related", locals())

    async def get_app_availability_v2_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAppAvailabilityV2LinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/appAvailabilityV2`` (apps_appAvailabilityV2_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appavailabilityv2
        """
        return await self._call("apps.apps_app_availability_v2_get_to_one_relationship", locals())

    async def get_app_price_schedule(
        self,
        id: str,
        /,
        *,
        fields_app_price_schedules: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        fields_app_prices: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_manual_prices: int | None = None,
        limit_automatic_prices: int | None = None,
        timeout: Timeout = None,
    ) -> AppPriceScheduleResponse:
        """One request.

        ``GET /v1/apps/{id}/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppriceschedule
        """
        return await self._call("apps.apps_app_price_schedule_get_to_one_related", locals())

    async def get_app_price_schedule_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppAppPriceScheduleLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/appPriceSchedule`` (apps_appPriceSchedule_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppriceschedule
        """
        return await self._call("apps.apps_app_price_schedule_get_to_one_relationship", locals())

    async def get_beta_app_review_detail(
        self,
        id: str,
        /,
        *,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaAppReviewDetailWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaappreviewdetail
        """
        return await self._call("apps.apps_beta_app_review_detail_get_to_one_related", locals())

    async def get_beta_app_review_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppBetaAppReviewDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/betaAppReviewDetail`` (apps_betaAppReviewDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaappreviewdetail
        """
        return await self._call("apps.apps_beta_app_review_detail_get_to_one_relationship", locals())

    async def get_beta_license_agreement(
        self,
        id: str,
        /,
        *,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaLicenseAgreementWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/betaLicenseAgreement`` (apps_betaLicenseAgreement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betalicenseagreement
        """
        return await self._call("apps.apps_beta_license_agreement_get_to_one_related", locals())

    async def get_beta_license_agreement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppBetaLicenseAgreementLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/betaLicenseAgreement`` (apps_betaLicenseAgreement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betalicenseagreement
        """
        return await self._call("apps.apps_beta_license_agreement_get_to_one_relationship", locals())

    async def get_beta_tester_usages_metrics(
        self,
        id: str,
        /,
        *,
        period: str | None = None,
        group_by: str | Sequence[str] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppsBetaTesterUsagesV1MetricResponse:
        """One request.

        ``GET /v1/apps/{id}/metrics/betaTesterUsages`` (apps_betaTesterUsages_getMetrics):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-metrics-betatesterusages
        """
        return await self._call("apps.apps_beta_tester_usages_get_metrics", locals())

    async def get_ci_product(
        self,
        id: str,
        /,
        *,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_bundle_ids: str | Sequence[str] | None = None,
        fields_scm_repositories: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_primary_repositories: int | None = None,
        timeout: Timeout = None,
    ) -> CiProductResponse:
        """One request.

        ``GET /v1/apps/{id}/ciProduct`` (apps_ciProduct_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-ciproduct
        """
        return await self._call("apps.apps_ci_product_get_to_one_related", locals())

    async def get_ci_product_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppCiProductLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/ciProduct`` (apps_ciProduct_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-ciproduct
        """
        return await self._call("apps.apps_ci_product_get_to_one_relationship", locals())

    async def get_end_user_license_agreement(
        self,
        id: str,
        /,
        *,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> EndUserLicenseAgreementWithoutIncludesResponse:
        """One request.

        ``GET /v1/apps/{id}/endUserLicenseAgreement`` (apps_endUserLicenseAgreement_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-enduserlicenseagreement
        """
        return await self._call("apps.apps_end_user_license_agreement_get_to_one_related", locals())

    async def get_end_user_license_agreement_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppEndUserLicenseAgreementLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/endUserLicenseAgreement`` (apps_endUserLicenseAgreement_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-enduserlicenseagreement
        """
        return await self._call("apps.apps_end_user_license_agreement_get_to_one_relationship", locals())

    async def get_game_center_detail(
        self,
        id: str,
        /,
        *,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_game_center_groups: str | Sequence[str] | None = None,
        fields_game_center_leaderboards: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: str | Sequence[str] | None = None,
        fields_game_center_achievements: str | Sequence[str] | None = None,
        fields_game_center_activities: str | Sequence[str] | None = None,
        fields_game_center_challenges: str | Sequence[str] | None = None,
        fields_game_center_achievement_releases: str | Sequence[str] | None = None,
        fields_game_center_activity_version_releases: str | Sequence[str] | None = None,
        fields_game_center_challenge_version_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: str | Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        include: str | Sequence[str] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterDetailResponse:
        """One request.

        ``GET /v1/apps/{id}/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterdetail
        """
        return await self._call("apps.apps_game_center_detail_get_to_one_related", locals())

    async def get_game_center_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppGameCenterDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/gameCenterDetail`` (apps_gameCenterDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterdetail
        """
        return await self._call("apps.apps_game_center_detail_get_to_one_relationship", locals())

    async def get_marketplace_search_detail(
        self,
        id: str,
        /,
        *,
        fields_marketplace_search_details: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> MarketplaceSearchDetailResponse:
        """One request.

        ``GET /v1/apps/{id}/marketplaceSearchDetail`` (apps_marketplaceSearchDetail_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-marketplacesearchdetail
        """
        return await self._call("apps.apps_marketplace_search_detail_get_to_one_related", locals())

    async def get_marketplace_search_detail_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppMarketplaceSearchDetailLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/marketplaceSearchDetail`` (apps_marketplaceSearchDetail_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-marketplacesearchdetail
        """
        return await self._call("apps.apps_marketplace_search_detail_get_to_one_relationship", locals())

    async def get_subscription_grace_period(
        self,
        id: str,
        /,
        *,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGracePeriodResponse:
        """One request.

        ``GET /v1/apps/{id}/subscriptionGracePeriod`` (apps_subscriptionGracePeriod_getToOneRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongraceperiod
        """
        return await self._call("apps.apps_subscription_grace_period_get_to_one_related", locals())

    async def get_subscription_grace_period_id(
        self,
        id: str,
        /,
        *,
        timeout: Timeout = None,
    ) -> AppSubscriptionGracePeriodLinkageResponse:
        """One request.

        ``GET /v1/apps/{id}/relationships/subscriptionGracePeriod`` (apps_subscriptionGracePeriod_getToOneRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongraceperiod
        """
        return await self._call("apps.apps_subscription_grace_period_get_to_one_relationship", locals())

    def list(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_bundle_id: str | Sequence[str] | None = None,
        filter_sku: str | Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: str | Sequence[str] | None = None,
        filter_app_store_versions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions_app_version_state: str | Sequence[str] | None = None,
        filter_review_submissions_state: str | Sequence[str] | None = None,
        filter_review_submissions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[App]:
        """Every App across pages, with the pagination guards.

        ``GET /v1/apps`` (apps_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        return self._paginate("apps.apps_get_collection", locals())

    async def list_page(
        self,
        *,
        filter_name: str | Sequence[str] | None = None,
        filter_bundle_id: str | Sequence[str] | None = None,
        filter_sku: str | Sequence[str] | None = None,
        filter_app_store_versions_app_store_state: str | Sequence[str] | None = None,
        filter_app_store_versions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions_app_version_state: str | Sequence[str] | None = None,
        filter_review_submissions_state: str | Sequence[str] | None = None,
        filter_review_submissions_platform: str | Sequence[str] | None = None,
        filter_app_store_versions: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        exists_game_center_enabled_versions: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_build_icons: str | Sequence[str] | None = None,
        fields_ci_products: str | Sequence[str] | None = None,
        fields_beta_groups: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_license_agreements: str | Sequence[str] | None = None,
        fields_beta_app_review_details: str | Sequence[str] | None = None,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_end_user_license_agreements: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_subscription_grace_periods: str | Sequence[str] | None = None,
        fields_game_center_details: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_android_to_ios_app_mapping_details: int | None = None,
        limit_app_clips: int | None = None,
        limit_app_custom_product_pages: int | None = None,
        limit_app_encryption_declarations: int | None = None,
        limit_app_events: int | None = None,
        limit_app_infos: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        limit_app_store_versions: int | None = None,
        limit_beta_app_localizations: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        limit_game_center_enabled_versions: int | None = None,
        limit_in_app_purchases: int | None = None,
        limit_in_app_purchases_v2: int | None = None,
        limit_pre_release_versions: int | None = None,
        limit_promoted_purchases: int | None = None,
        limit_review_submissions: int | None = None,
        limit_subscription_groups: int | None = None,
        timeout: Timeout = None,
    ) -> AppsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps`` (apps_getCollection):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps
        """
        return await self._call("apps.apps_get_collection", locals())

    def list_accessibility_declarations(
        self,
        id: str,
        /,
        *,
        filter_device_family: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AccessibilityDeclaration]:
        """Every AccessibilityDeclaration across pages, with the pagination guards.

        ``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        return self._paginate("apps.apps_accessibility_declarations_get_to_many_related", locals())

    async def list_accessibility_declarations_page(
        self,
        id: str,
        /,
        *,
        filter_device_family: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_accessibility_declarations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AccessibilityDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-accessibilitydeclarations
        """
        return await self._call("apps.apps_accessibility_declarations_get_to_many_related", locals())

    def list_accessibility_declarations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAccessibilityDeclarationsLinkagesResponseDataItem]:
        """Every AppAccessibilityDeclarationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        return self._paginate("apps.apps_accessibility_declarations_get_to_many_relationship", locals())

    async def list_accessibility_declarations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAccessibilityDeclarationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/accessibilityDeclarations`` (apps_accessibilityDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-accessibilitydeclarations
        """
        return await self._call("apps.apps_accessibility_declarations_get_to_many_relationship", locals())

    def list_analytics_report_requests(
        self,
        id: str,
        /,
        *,
        filter_access_type: str | Sequence[str] | None = None,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AnalyticsReportRequest]:
        """Every AnalyticsReportRequest across pages, with the pagination guards.

        ``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        return self._paginate("apps.apps_analytics_report_requests_get_to_many_related", locals())

    async def list_analytics_report_requests_page(
        self,
        id: str,
        /,
        *,
        filter_access_type: str | Sequence[str] | None = None,
        fields_analytics_report_requests: str | Sequence[str] | None = None,
        fields_analytics_reports: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_reports: int | None = None,
        timeout: Timeout = None,
    ) -> AnalyticsReportRequestsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-analyticsreportrequests
        """
        return await self._call("apps.apps_analytics_report_requests_get_to_many_related", locals())

    def list_analytics_report_requests_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAnalyticsReportRequestsLinkagesResponseDataItem]:
        """Every AppAnalyticsReportRequestsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        return self._paginate("apps.apps_analytics_report_requests_get_to_many_relationship", locals())

    async def list_analytics_report_requests_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAnalyticsReportRequestsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/analyticsReportRequests`` (apps_analyticsReportRequests_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-analyticsreportrequests
        """
        return await self._call("apps.apps_analytics_report_requests_get_to_many_relationship", locals())

    def list_android_to_ios_app_mapping_details(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AndroidToIosAppMappingDetail]:
        """Every AndroidToIosAppMappingDetail across pages, with the pagination guards.

        ``GET /v1/apps/{id}/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        return self._paginate("apps.apps_android_to_ios_app_mapping_details_get_to_many_related", locals())

    async def list_android_to_ios_app_mapping_details_page(
        self,
        id: str,
        /,
        *,
        fields_android_to_ios_app_mapping_details: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AndroidToIosAppMappingDetailsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-androidtoiosappmappingdetails
        """
        return await self._call("apps.apps_android_to_ios_app_mapping_details_get_to_many_related", locals())

    def list_android_to_ios_app_mapping_details_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAndroidToIosAppMappingDetailsLinkagesResponseDataItem]:
        """Every AppAndroidToIosAppMappingDetailsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        return self._paginate(
            "apps.apps_android_to_ios_app_mapping_details_get_to_many_relationship", locals()
        )

    async def list_android_to_ios_app_mapping_details_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAndroidToIosAppMappingDetailsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/androidToIosAppMappingDetails`` (apps_androidToIosAppMappingDetails_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-androidtoiosappmappingdetails
        """
        return await self._call(
            "apps.apps_android_to_ios_app_mapping_details_get_to_many_relationship", locals()
        )

    def list_app_clips(
        self,
        id: str,
        /,
        *,
        filter_bundle_id: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppClip]:
        """Every AppClip across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        return self._paginate("apps.apps_app_clips_get_to_many_related", locals())

    async def list_app_clips_page(
        self,
        id: str,
        /,
        *,
        filter_bundle_id: str | Sequence[str] | None = None,
        fields_app_clips: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_clip_default_experiences: int | None = None,
        timeout: Timeout = None,
    ) -> AppClipsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appClips`` (apps_appClips_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appclips
        """
        return await self._call("apps.apps_app_clips_get_to_many_related", locals())

    def list_app_clips_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppClipsLinkagesResponseDataItem]:
        """Every AppAppClipsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appClips`` (apps_appClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        return self._paginate("apps.apps_app_clips_get_to_many_relationship", locals())

    async def list_app_clips_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppClipsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appClips`` (apps_appClips_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appclips
        """
        return await self._call("apps.apps_app_clips_get_to_many_relationship", locals())

    def list_app_custom_product_pages(
        self,
        id: str,
        /,
        *,
        filter_visible: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomProductPage]:
        """Every AppCustomProductPage across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        return self._paginate("apps.apps_app_custom_product_pages_get_to_many_related", locals())

    async def list_app_custom_product_pages_page(
        self,
        id: str,
        /,
        *,
        filter_visible: str | Sequence[str] | None = None,
        fields_app_custom_product_pages: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_custom_product_page_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_custom_product_page_versions: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomProductPagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appcustomproductpages
        """
        return await self._call("apps.apps_app_custom_product_pages_get_to_many_related", locals())

    def list_app_custom_product_pages_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppCustomProductPagesLinkagesResponseDataItem]:
        """Every AppAppCustomProductPagesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        return self._paginate("apps.apps_app_custom_product_pages_get_to_many_relationship", locals())

    async def list_app_custom_product_pages_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppCustomProductPagesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appCustomProductPages`` (apps_appCustomProductPages_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appcustomproductpages
        """
        return await self._call("apps.apps_app_custom_product_pages_get_to_many_relationship", locals())

    def list_app_encryption_declarations(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEncryptionDeclaration]:
        """Every AppEncryptionDeclaration across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        return self._paginate("apps.apps_app_encryption_declarations_get_to_many_related", locals())

    async def list_app_encryption_declarations_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declarations: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_encryption_declaration_documents: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_builds: int | None = None,
        timeout: Timeout = None,
    ) -> AppEncryptionDeclarationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appencryptiondeclarations
        """
        return await self._call("apps.apps_app_encryption_declarations_get_to_many_related", locals())

    def list_app_encryption_declarations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppEncryptionDeclarationsLinkagesResponseDataItem]:
        """Every AppAppEncryptionDeclarationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        return self._paginate("apps.apps_app_encryption_declarations_get_to_many_relationship", locals())

    async def list_app_encryption_declarations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppEncryptionDeclarationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appEncryptionDeclarations`` (apps_appEncryptionDeclarations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appencryptiondeclarations
        """
        return await self._call("apps.apps_app_encryption_declarations_get_to_many_relationship", locals())

    def list_app_events(
        self,
        id: str,
        /,
        *,
        filter_event_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppEvent]:
        """Every AppEvent across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        return self._paginate("apps.apps_app_events_get_to_many_related", locals())

    async def list_app_events_page(
        self,
        id: str,
        /,
        *,
        filter_event_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_events: str | Sequence[str] | None = None,
        fields_app_event_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppEventsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appEvents`` (apps_appEvents_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appevents
        """
        return await self._call("apps.apps_app_events_get_to_many_related", locals())

    def list_app_events_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppEventsLinkagesResponseDataItem]:
        """Every AppAppEventsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appEvents`` (apps_appEvents_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        return self._paginate("apps.apps_app_events_get_to_many_relationship", locals())

    async def list_app_events_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppEventsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appEvents`` (apps_appEvents_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appevents
        """
        return await self._call("apps.apps_app_events_get_to_many_relationship", locals())

    def list_app_infos(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInfo]:
        """Every AppInfo across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        return self._paginate("apps.apps_app_infos_get_to_many_related", locals())

    async def list_app_infos_page(
        self,
        id: str,
        /,
        *,
        fields_app_infos: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_age_rating_declarations: str | Sequence[str] | None = None,
        fields_app_info_localizations: str | Sequence[str] | None = None,
        fields_app_categories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_info_localizations: int | None = None,
        timeout: Timeout = None,
    ) -> AppInfosResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appInfos`` (apps_appInfos_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appinfos
        """
        return await self._call("apps.apps_app_infos_get_to_many_related", locals())

    def list_app_infos_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppInfosLinkagesResponseDataItem]:
        """Every AppAppInfosLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appInfos`` (apps_appInfos_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        return self._paginate("apps.apps_app_infos_get_to_many_relationship", locals())

    async def list_app_infos_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppInfosLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appInfos`` (apps_appInfos_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appinfos
        """
        return await self._call("apps.apps_app_infos_get_to_many_relationship", locals())

    def list_app_price_points(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPricePointV3]:
        """Every AppPricePointV3 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        return self._paginate("apps.apps_app_price_points_get_to_many_related", locals())

    async def list_app_price_points_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        fields_app_price_points: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> AppPricePointsV3Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appPricePoints`` (apps_appPricePoints_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apppricepoints
        """
        return await self._call("apps.apps_app_price_points_get_to_many_related", locals())

    def list_app_price_points_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppPricePointsLinkagesResponseDataItem]:
        """Every AppAppPricePointsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appPricePoints`` (apps_appPricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        return self._paginate("apps.apps_app_price_points_get_to_many_relationship", locals())

    async def list_app_price_points_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppPricePointsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appPricePoints`` (apps_appPricePoints_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apppricepoints
        """
        return await self._call("apps.apps_app_price_points_get_to_many_relationship", locals())

    def list_app_store_version_experiments_v2(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersionExperimentV2]:
        """Every AppStoreVersionExperimentV2 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        return self._paginate("apps.apps_app_store_version_experiments_v2_get_to_many_related", locals())

    async def list_app_store_version_experiments_v2_page(
        self,
        id: str,
        /,
        *,
        filter_state: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_app_store_version_experiment_treatments: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_control_versions: int | None = None,
        limit_app_store_version_experiment_treatments: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionExperimentsV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversionexperimentsv2
        """
        return await self._call("apps.apps_app_store_version_experiments_v2_get_to_many_related", locals())

    def list_app_store_version_experiments_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppStoreVersionExperimentsV2LinkagesResponseDataItem]:
        """Every AppAppStoreVersionExperimentsV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        return self._paginate("apps.apps_app_store_version_experiments_v2_get_to_many_relationship", locals())

    async def list_app_store_version_experiments_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppStoreVersionExperimentsV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appStoreVersionExperimentsV2`` (apps_appStoreVersionExperimentsV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversionexperimentsv2
        """
        return await self._call(
            "apps.apps_app_store_version_experiments_v2_get_to_many_relationship", locals()
        )

    def list_app_store_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app_store_state: str | Sequence[str] | None = None,
        filter_app_version_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppStoreVersion]:
        """Every AppStoreVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        return self._paginate("apps.apps_app_store_versions_get_to_many_related", locals())

    async def list_app_store_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_app_store_state: str | Sequence[str] | None = None,
        filter_app_version_state: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_app_store_version_localizations: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_app_store_version_phased_releases: str | Sequence[str] | None = None,
        fields_game_center_app_versions: str | Sequence[str] | None = None,
        fields_routing_app_coverages: str | Sequence[str] | None = None,
        fields_app_store_review_details: str | Sequence[str] | None = None,
        fields_app_store_version_submissions: str | Sequence[str] | None = None,
        fields_app_clip_default_experiences: str | Sequence[str] | None = None,
        fields_app_store_version_experiments: str | Sequence[str] | None = None,
        fields_alternative_distribution_packages: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_app_store_version_localizations: int | None = None,
        limit_app_store_version_experiments: int | None = None,
        limit_app_store_version_experiments_v2: int | None = None,
        timeout: Timeout = None,
    ) -> AppStoreVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appStoreVersions`` (apps_appStoreVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-appstoreversions
        """
        return await self._call("apps.apps_app_store_versions_get_to_many_related", locals())

    def list_app_store_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppStoreVersionsLinkagesResponseDataItem]:
        """Every AppAppStoreVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appStoreVersions`` (apps_appStoreVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        return self._paginate("apps.apps_app_store_versions_get_to_many_relationship", locals())

    async def list_app_store_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppStoreVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appStoreVersions`` (apps_appStoreVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-appstoreversions
        """
        return await self._call("apps.apps_app_store_versions_get_to_many_relationship", locals())

    def list_app_tags(
        self,
        id: str,
        /,
        *,
        filter_visible_in_app_store: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_app_tags: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppTag]:
        """Every AppTag across pages, with the pagination guards.

        ``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        return self._paginate("apps.apps_app_tags_get_to_many_related", locals())

    async def list_app_tags_page(
        self,
        id: str,
        /,
        *,
        filter_visible_in_app_store: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_app_tags: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_territories: int | None = None,
        timeout: Timeout = None,
    ) -> AppTagsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/appTags`` (apps_appTags_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-apptags
        """
        return await self._call("apps.apps_app_tags_get_to_many_related", locals())

    def list_app_tags_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppAppTagsLinkagesResponseDataItem]:
        """Every AppAppTagsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/appTags`` (apps_appTags_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        return self._paginate("apps.apps_app_tags_get_to_many_relationship", locals())

    async def list_app_tags_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppAppTagsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/appTags`` (apps_appTags_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-apptags
        """
        return await self._call("apps.apps_app_tags_get_to_many_relationship", locals())

    def list_background_assets(
        self,
        id: str,
        /,
        *,
        filter_archived: str | Sequence[str] | None = None,
        filter_asset_pack_identifier: str | Sequence[str] | None = None,
        filter_versions_locale: str | Sequence[str] | None = None,
        filter_versions_platforms: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BackgroundAsset]:
        """Every BackgroundAsset across pages, with the pagination guards.

        ``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        return self._paginate("apps.apps_background_assets_get_to_many_related", locals())

    async def list_background_assets_page(
        self,
        id: str,
        /,
        *,
        filter_archived: str | Sequence[str] | None = None,
        filter_asset_pack_identifier: str | Sequence[str] | None = None,
        filter_versions_locale: str | Sequence[str] | None = None,
        filter_versions_platforms: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_background_assets: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_background_asset_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BackgroundAssetsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/backgroundAssets`` (apps_backgroundAssets_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-backgroundassets
        """
        return await self._call("apps.apps_background_assets_get_to_many_related", locals())

    def list_background_assets_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBackgroundAssetsLinkagesResponseDataItem]:
        """Every AppBackgroundAssetsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/backgroundAssets`` (apps_backgroundAssets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        return self._paginate("apps.apps_background_assets_get_to_many_relationship", locals())

    async def list_background_assets_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBackgroundAssetsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/backgroundAssets`` (apps_backgroundAssets_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-backgroundassets
        """
        return await self._call("apps.apps_background_assets_get_to_many_relationship", locals())

    def list_beta_app_localizations(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaAppLocalization]:
        """Every BetaAppLocalization across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        return self._paginate("apps.apps_beta_app_localizations_get_to_many_related", locals())

    async def list_beta_app_localizations_page(
        self,
        id: str,
        /,
        *,
        fields_beta_app_localizations: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaAppLocalizationsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betaapplocalizations
        """
        return await self._call("apps.apps_beta_app_localizations_get_to_many_related", locals())

    def list_beta_app_localizations_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBetaAppLocalizationsLinkagesResponseDataItem]:
        """Every AppBetaAppLocalizationsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        return self._paginate("apps.apps_beta_app_localizations_get_to_many_relationship", locals())

    async def list_beta_app_localizations_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaAppLocalizationsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaAppLocalizations`` (apps_betaAppLocalizations_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betaapplocalizations
        """
        return await self._call("apps.apps_beta_app_localizations_get_to_many_relationship", locals())

    def list_beta_feedback_crash_submissions(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaFeedbackCrashSubmission]:
        """Every BetaFeedbackCrashSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_crash_submissions_get_to_many_related", locals())

    async def list_beta_feedback_crash_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_crash_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackCrashSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackcrashsubmissions
        """
        return await self._call("apps.apps_beta_feedback_crash_submissions_get_to_many_related", locals())

    def list_beta_feedback_crash_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBetaFeedbackCrashSubmissionsLinkagesResponseDataItem]:
        """Every AppBetaFeedbackCrashSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_crash_submissions_get_to_many_relationship", locals())

    async def list_beta_feedback_crash_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaFeedbackCrashSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaFeedbackCrashSubmissions`` (apps_betaFeedbackCrashSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackcrashsubmissions
        """
        return await self._call(
            "apps.apps_beta_feedback_crash_submissions_get_to_many_relationship", locals()
        )

    def list_beta_feedback_screenshot_submissions(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaFeedbackScreenshotSubmission]:
        """Every BetaFeedbackScreenshotSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        return self._paginate("apps.apps_beta_feedback_screenshot_submissions_get_to_many_related", locals())

    async def list_beta_feedback_screenshot_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_device_model: str | Sequence[str] | None = None,
        filter_os_version: str | Sequence[str] | None = None,
        filter_app_platform: str | Sequence[str] | None = None,
        filter_device_platform: str | Sequence[str] | None = None,
        filter_build: str | Sequence[str] | None = None,
        filter_build_pre_release_version: str | Sequence[str] | None = None,
        filter_tester: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_beta_feedback_screenshot_submissions: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_beta_testers: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BetaFeedbackScreenshotSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betafeedbackscreenshotsubmissions
        """
        return await self._call(
            "apps.apps_beta_feedback_screenshot_submissions_get_to_many_related", locals()
        )

    def list_beta_feedback_screenshot_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBetaFeedbackScreenshotSubmissionsLinkagesResponseDataItem]:
        """Every AppBetaFeedbackScreenshotSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        return self._paginate(
            "apps.apps_beta_feedback_screenshot_submissions_get_to_many_relationship", locals()
        )

    async def list_beta_feedback_screenshot_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaFeedbackScreenshotSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaFeedbackScreenshotSubmissions`` (apps_betaFeedbackScreenshotSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betafeedbackscreenshotsubmissions
        """
        return await self._call(
            "apps.apps_beta_feedback_screenshot_submissions_get_to_many_relationship", locals()
        )

    def list_beta_groups(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BetaGroup]:
        """Every BetaGroup across pages, with the pagination guards.

        ``GET /v1/apps/{id}/betaGroups`` (apps_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        return self._paginate("apps.apps_beta_groups_get_to_many_related", locals())

    async def list_beta_groups_page(
        self,
        id: str,
        /,
        *,
        fields_beta_groups: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BetaGroupsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/betaGroups`` (apps_betaGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-betagroups
        """
        return await self._call("apps.apps_beta_groups_get_to_many_related", locals())

    def list_beta_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBetaGroupsLinkagesResponseDataItem]:
        """Every AppBetaGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/betaGroups`` (apps_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        return self._paginate("apps.apps_beta_groups_get_to_many_relationship", locals())

    async def list_beta_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBetaGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/betaGroups`` (apps_betaGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-betagroups
        """
        return await self._call("apps.apps_beta_groups_get_to_many_relationship", locals())

    def list_build_uploads(
        self,
        id: str,
        /,
        *,
        filter_cf_bundle_short_version_string: str | Sequence[str] | None = None,
        filter_cf_bundle_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[BuildUpload]:
        """Every BuildUpload across pages, with the pagination guards.

        ``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        return self._paginate("apps.apps_build_uploads_get_to_many_related", locals())

    async def list_build_uploads_page(
        self,
        id: str,
        /,
        *,
        filter_cf_bundle_short_version_string: str | Sequence[str] | None = None,
        filter_cf_bundle_version: str | Sequence[str] | None = None,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_build_uploads: str | Sequence[str] | None = None,
        fields_builds: str | Sequence[str] | None = None,
        fields_build_upload_files: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> BuildUploadsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/buildUploads`` (apps_buildUploads_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builduploads
        """
        return await self._call("apps.apps_build_uploads_get_to_many_related", locals())

    def list_build_uploads_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBuildUploadsLinkagesResponseDataItem]:
        """Every AppBuildUploadsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/buildUploads`` (apps_buildUploads_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        return self._paginate("apps.apps_build_uploads_get_to_many_relationship", locals())

    async def list_build_uploads_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBuildUploadsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/buildUploads`` (apps_buildUploads_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builduploads
        """
        return await self._call("apps.apps_build_uploads_get_to_many_relationship", locals())

    def list_builds(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Build]:
        """Every Build across pages, with the pagination guards.

        ``GET /v1/apps/{id}/builds`` (apps_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        return self._paginate("apps.apps_builds_get_to_many_related", locals())

    async def list_builds_page(
        self,
        id: str,
        /,
        *,
        fields_builds: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> BuildsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/builds`` (apps_builds_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-builds
        """
        return await self._call("apps.apps_builds_get_to_many_related", locals())

    def list_builds_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppBuildsLinkagesResponseDataItem]:
        """Every AppBuildsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/builds`` (apps_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        return self._paginate("apps.apps_builds_get_to_many_relationship", locals())

    async def list_builds_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppBuildsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/builds`` (apps_builds_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-builds
        """
        return await self._call("apps.apps_builds_get_to_many_relationship", locals())

    def list_customer_review_summarizations(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str],
        filter_territory: str | Sequence[str] | None = None,
        fields_customer_review_summarizations: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CustomerReviewSummarization]:
        """Every CustomerReviewSummarization across pages, with the pagination guards.

        ``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        return self._paginate("apps.apps_customer_review_summarizations_get_to_many_related", locals())

    async def list_customer_review_summarizations_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str],
        filter_territory: str | Sequence[str] | None = None,
        fields_customer_review_summarizations: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewSummarizationsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/customerReviewSummarizations`` (apps_customerReviewSummarizations_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviewsummarizations
        """
        return await self._call("apps.apps_customer_review_summarizations_get_to_many_related", locals())

    def list_customer_reviews(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[CustomerReview]:
        """Every CustomerReview across pages, with the pagination guards.

        ``GET /v1/apps/{id}/customerReviews`` (apps_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        return self._paginate("apps.apps_customer_reviews_get_to_many_related", locals())

    async def list_customer_reviews_page(
        self,
        id: str,
        /,
        *,
        filter_territory: str | Sequence[str] | None = None,
        filter_rating: str | Sequence[str] | None = None,
        filter_review_territory: str | Sequence[str] | None = None,
        exists_published_response: bool | None = None,
        sort: str | Sequence[str] | None = None,
        fields_customer_reviews: str | Sequence[str] | None = None,
        fields_customer_review_responses: str | Sequence[str] | None = None,
        fields_territories: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> CustomerReviewsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/customerReviews`` (apps_customerReviews_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-customerreviews
        """
        return await self._call("apps.apps_customer_reviews_get_to_many_related", locals())

    def list_customer_reviews_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppCustomerReviewsLinkagesResponseDataItem]:
        """Every AppCustomerReviewsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/customerReviews`` (apps_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        return self._paginate("apps.apps_customer_reviews_get_to_many_relationship", locals())

    async def list_customer_reviews_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppCustomerReviewsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/customerReviews`` (apps_customerReviews_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-customerreviews
        """
        return await self._call("apps.apps_customer_reviews_get_to_many_relationship", locals())

    def list_game_center_enabled_versions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[GameCenterEnabledVersion]:
        """Every GameCenterEnabledVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        return self._paginate("apps.apps_game_center_enabled_versions_get_to_many_related", locals())

    async def list_game_center_enabled_versions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_version_string: str | Sequence[str] | None = None,
        filter_id: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_game_center_enabled_versions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_compatible_versions: int | None = None,
        timeout: Timeout = None,
    ) -> GameCenterEnabledVersionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-gamecenterenabledversions
        """
        return await self._call("apps.apps_game_center_enabled_versions_get_to_many_related", locals())

    def list_game_center_enabled_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppGameCenterEnabledVersionsLinkagesResponseDataItem]:
        """Every AppGameCenterEnabledVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        return self._paginate("apps.apps_game_center_enabled_versions_get_to_many_relationship", locals())

    async def list_game_center_enabled_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppGameCenterEnabledVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/gameCenterEnabledVersions`` (apps_gameCenterEnabledVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-gamecenterenabledversions
        """
        return await self._call("apps.apps_game_center_enabled_versions_get_to_many_relationship", locals())

    def list_in_app_purchases(
        self,
        id: str,
        /,
        *,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        filter_can_be_submitted: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchase]:
        """Every InAppPurchase across pages, with the pagination guards.

        ``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        return self._paginate("apps.apps_in_app_purchases_get_to_many_related", locals())

    async def list_in_app_purchases_page(
        self,
        id: str,
        /,
        *,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        filter_can_be_submitted: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_apps: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/inAppPurchases`` (apps_inAppPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchases
        """
        return await self._call("apps.apps_in_app_purchases_get_to_many_related", locals())

    def list_in_app_purchases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInAppPurchasesLinkagesResponseDataItem]:
        """Every AppInAppPurchasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/inAppPurchases`` (apps_inAppPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        return self._paginate("apps.apps_in_app_purchases_get_to_many_relationship", locals())

    async def list_in_app_purchases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInAppPurchasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/inAppPurchases`` (apps_inAppPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchases
        """
        return await self._call("apps.apps_in_app_purchases_get_to_many_relationship", locals())

    def list_in_app_purchases_v2(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[InAppPurchaseV2]:
        """Every InAppPurchaseV2 across pages, with the pagination guards.

        ``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        return self._paginate("apps.apps_in_app_purchases_v2_get_to_many_related", locals())

    async def list_in_app_purchases_v2_page(
        self,
        id: str,
        /,
        *,
        filter_product_id: str | Sequence[str] | None = None,
        filter_name: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        filter_in_app_purchase_type: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_localizations: str | Sequence[str] | None = None,
        fields_in_app_purchase_contents: str | Sequence[str] | None = None,
        fields_in_app_purchase_app_store_review_screenshots: str | Sequence[str] | None = None,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchase_price_schedules: str | Sequence[str] | None = None,
        fields_in_app_purchase_availabilities: str | Sequence[str] | None = None,
        fields_in_app_purchase_images: str | Sequence[str] | None = None,
        fields_in_app_purchase_offer_codes: str | Sequence[str] | None = None,
        fields_in_app_purchase_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_in_app_purchase_localizations: int | None = None,
        limit_images: int | None = None,
        limit_offer_codes: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> InAppPurchasesV2Response:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-inapppurchasesv2
        """
        return await self._call("apps.apps_in_app_purchases_v2_get_to_many_related", locals())

    def list_in_app_purchases_v2_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppInAppPurchasesV2LinkagesResponseDataItem]:
        """Every AppInAppPurchasesV2LinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        return self._paginate("apps.apps_in_app_purchases_v2_get_to_many_relationship", locals())

    async def list_in_app_purchases_v2_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppInAppPurchasesV2LinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/inAppPurchasesV2`` (apps_inAppPurchasesV2_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-inapppurchasesv2
        """
        return await self._call("apps.apps_in_app_purchases_v2_get_to_many_relationship", locals())

    async def list_perf_power_metrics(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_metric_type: str | Sequence[str] | None = None,
        filter_device_type: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> XcodeMetrics:
        """One request.

        ``GET /v1/apps/{id}/perfPowerMetrics`` (apps_perfPowerMetrics_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-perfpowermetrics
        """
        return await self._call("apps.apps_perf_power_metrics_get_to_many_related", locals())

    def list_pre_release_versions(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PrereleaseVersion]:
        """Every PrereleaseVersion across pages, with the pagination guards.

        ``GET /v1/apps/{id}/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        return self._paginate("apps.apps_pre_release_versions_get_to_many_related", locals())

    async def list_pre_release_versions_page(
        self,
        id: str,
        /,
        *,
        fields_pre_release_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> PreReleaseVersionsWithoutIncludesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-prereleaseversions
        """
        return await self._call("apps.apps_pre_release_versions_get_to_many_related", locals())

    def list_pre_release_versions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPreReleaseVersionsLinkagesResponseDataItem]:
        """Every AppPreReleaseVersionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        return self._paginate("apps.apps_pre_release_versions_get_to_many_relationship", locals())

    async def list_pre_release_versions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPreReleaseVersionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/preReleaseVersions`` (apps_preReleaseVersions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-prereleaseversions
        """
        return await self._call("apps.apps_pre_release_versions_get_to_many_relationship", locals())

    def list_promoted_purchases(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[PromotedPurchase]:
        """Every PromotedPurchase across pages, with the pagination guards.

        ``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        return self._paginate("apps.apps_promoted_purchases_get_to_many_related", locals())

    async def list_promoted_purchases_page(
        self,
        id: str,
        /,
        *,
        fields_promoted_purchases: str | Sequence[str] | None = None,
        fields_in_app_purchases: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> PromotedPurchasesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/promotedPurchases`` (apps_promotedPurchases_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-promotedpurchases
        """
        return await self._call("apps.apps_promoted_purchases_get_to_many_related", locals())

    def list_promoted_purchases_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppPromotedPurchasesLinkagesResponseDataItem]:
        """Every AppPromotedPurchasesLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        return self._paginate("apps.apps_promoted_purchases_get_to_many_relationship", locals())

    async def list_promoted_purchases_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppPromotedPurchasesLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-promotedpurchases
        """
        return await self._call("apps.apps_promoted_purchases_get_to_many_relationship", locals())

    def list_review_submissions(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[ReviewSubmission]:
        """Every ReviewSubmission across pages, with the pagination guards.

        ``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        return self._paginate("apps.apps_review_submissions_get_to_many_related", locals())

    async def list_review_submissions_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_state: str | Sequence[str] | None = None,
        fields_review_submissions: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        fields_review_submission_items: str | Sequence[str] | None = None,
        fields_app_store_versions: str | Sequence[str] | None = None,
        fields_actors: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_items: int | None = None,
        timeout: Timeout = None,
    ) -> ReviewSubmissionsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-reviewsubmissions
        """
        return await self._call("apps.apps_review_submissions_get_to_many_related", locals())

    def list_review_submissions_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppReviewSubmissionsLinkagesResponseDataItem]:
        """Every AppReviewSubmissionsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        return self._paginate("apps.apps_review_submissions_get_to_many_relationship", locals())

    async def list_review_submissions_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppReviewSubmissionsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/reviewSubmissions`` (apps_reviewSubmissions_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-reviewsubmissions
        """
        return await self._call("apps.apps_review_submissions_get_to_many_relationship", locals())

    def list_search_keywords(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppKeyword]:
        """Every AppKeyword across pages, with the pagination guards.

        ``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        return self._paginate("apps.apps_search_keywords_get_to_many_related", locals())

    async def list_search_keywords_page(
        self,
        id: str,
        /,
        *,
        filter_platform: str | Sequence[str] | None = None,
        filter_locale: str | Sequence[str] | None = None,
        fields_app_keywords: str | Sequence[str] | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppKeywordsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/searchKeywords`` (apps_searchKeywords_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-searchkeywords
        """
        return await self._call("apps.apps_search_keywords_get_to_many_related", locals())

    def list_search_keywords_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppSearchKeywordsLinkagesResponseDataItem]:
        """Every AppSearchKeywordsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/searchKeywords`` (apps_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        return self._paginate("apps.apps_search_keywords_get_to_many_relationship", locals())

    async def list_search_keywords_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppSearchKeywordsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/searchKeywords`` (apps_searchKeywords_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-searchkeywords
        """
        return await self._call("apps.apps_search_keywords_get_to_many_relationship", locals())

    def list_subscription_groups(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_subscriptions_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[SubscriptionGroup]:
        """Every SubscriptionGroup across pages, with the pagination guards.

        ``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        return self._paginate("apps.apps_subscription_groups_get_to_many_related", locals())

    async def list_subscription_groups_page(
        self,
        id: str,
        /,
        *,
        filter_reference_name: str | Sequence[str] | None = None,
        filter_subscriptions_state: str | Sequence[str] | None = None,
        sort: str | Sequence[str] | None = None,
        fields_subscription_groups: str | Sequence[str] | None = None,
        fields_subscriptions: str | Sequence[str] | None = None,
        fields_subscription_group_localizations: str | Sequence[str] | None = None,
        fields_subscription_group_versions: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        limit_subscriptions: int | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_versions: int | None = None,
        timeout: Timeout = None,
    ) -> SubscriptionGroupsResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-subscriptiongroups
        """
        return await self._call("apps.apps_subscription_groups_get_to_many_related", locals())

    def list_subscription_groups_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppSubscriptionGroupsLinkagesResponseDataItem]:
        """Every AppSubscriptionGroupsLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        return self._paginate("apps.apps_subscription_groups_get_to_many_relationship", locals())

    async def list_subscription_groups_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppSubscriptionGroupsLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/subscriptionGroups`` (apps_subscriptionGroups_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-subscriptiongroups
        """
        return await self._call("apps.apps_subscription_groups_get_to_many_relationship", locals())

    def list_webhooks(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[Webhook]:
        """Every Webhook across pages, with the pagination guards.

        ``GET /v1/apps/{id}/webhooks`` (apps_webhooks_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        return self._paginate("apps.apps_webhooks_get_to_many_related", locals())

    async def list_webhooks_page(
        self,
        id: str,
        /,
        *,
        fields_webhooks: str | Sequence[str] | None = None,
        fields_apps: str | Sequence[str] | None = None,
        limit: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: Timeout = None,
    ) -> WebhooksResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/webhooks`` (apps_webhooks_getToManyRelated):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-webhooks
        """
        return await self._call("apps.apps_webhooks_get_to_many_related", locals())

    def list_webhooks_ids(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        allow_partial: bool = False,
        timeout: Timeout = None,
    ) -> AsyncPaginator[AppWebhooksLinkagesResponseDataItem]:
        """Every AppWebhooksLinkagesResponseDataItem across pages, with the pagination guards.

        ``GET /v1/apps/{id}/relationships/webhooks`` (apps_webhooks_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        return self._paginate("apps.apps_webhooks_get_to_many_relationship", locals())

    async def list_webhooks_ids_page(
        self,
        id: str,
        /,
        *,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> AppWebhooksLinkagesResponse:
        """One page as the whole typed document (data, included, meta, links).

        ``GET /v1/apps/{id}/relationships/webhooks`` (apps_webhooks_getToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-apps-_id_-relationships-webhooks
        """
        return await self._call("apps.apps_webhooks_get_to_many_relationship", locals())

    async def remove_beta_testers(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``DELETE /v1/apps/{id}/relationships/betaTesters`` (apps_betaTesters_deleteToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-apps-_id_-relationships-betatesters
        """
        return await self._link_many(
            "apps.apps_beta_testers_delete_to_many_relationship", locals(), "betaTesters"
        )

    async def replace_promoted_purchases(
        self,
        id: str,
        /,
        ids: str | Sequence[str],
        *,
        timeout: Timeout = None,
    ) -> None:
        """Send the linkage ids.

        ``PATCH /v1/apps/{id}/relationships/promotedPurchases`` (apps_promotedPurchases_replaceToManyRelationship):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_-relationships-promotedpurchases
        """
        return await self._link_many(
            "apps.apps_promoted_purchases_replace_to_many_relationship", locals(), "promotedPurchases"
        )

    async def update(
        self,
        id: str,
        /,
        body: AppUpdateRequest | Mapping[str, Any] | None = None,
        *,
        accessibility_url: str | None | Unset = UNSET,
        bundle_id: str | None | Unset = UNSET,
        primary_locale: str | None | Unset = UNSET,
        subscription_status_url: str | None | Unset = UNSET,
        subscription_status_url_version: str | None | Unset = UNSET,
        subscription_status_url_for_sandbox: str | None | Unset = UNSET,
        subscription_status_url_version_for_sandbox: str | None | Unset = UNSET,
        content_rights_declaration: str | None | Unset = UNSET,
        streamlined_purchasing_enabled: bool | None | Unset = UNSET,
        timeout: Timeout = None,
    ) -> AppResponse:
        """Send the request (a body, or the attributes and relationship ids as keywords).

        ``PATCH /v1/apps/{id}`` (apps_updateInstance):
        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-apps-_id_
        """
        return await self._write("apps.apps_update_instance", locals(), _UPDATE_BODY)
