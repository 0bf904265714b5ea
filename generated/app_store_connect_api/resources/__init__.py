"""The resource namespaces of both clients: `asc.apps`, `asc.beta_groups`, ... (generated).

Each namespace's module is imported on first attribute access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app_store_connect._resources import Namespace

if TYPE_CHECKING:
    from .accessibility_declarations import AccessibilityDeclarations, AsyncAccessibilityDeclarations
    from .actors import Actors, AsyncActors
    from .age_rating_declarations import AgeRatingDeclarations, AsyncAgeRatingDeclarations
    from .alternative_distribution_domains import (
        AlternativeDistributionDomains,
        AsyncAlternativeDistributionDomains,
    )
    from .alternative_distribution_keys import AlternativeDistributionKeys, AsyncAlternativeDistributionKeys
    from .alternative_distribution_package_deltas import (
        AlternativeDistributionPackageDeltas,
        AsyncAlternativeDistributionPackageDeltas,
    )
    from .alternative_distribution_package_variants import (
        AlternativeDistributionPackageVariants,
        AsyncAlternativeDistributionPackageVariants,
    )
    from .alternative_distribution_package_versions import (
        AlternativeDistributionPackageVersions,
        AsyncAlternativeDistributionPackageVersions,
    )
    from .alternative_distribution_packages import (
        AlternativeDistributionPackages,
        AsyncAlternativeDistributionPackages,
    )
    from .analytics_report_instances import AnalyticsReportInstances, AsyncAnalyticsReportInstances
    from .analytics_report_requests import AnalyticsReportRequests, AsyncAnalyticsReportRequests
    from .analytics_report_segments import AnalyticsReportSegments, AsyncAnalyticsReportSegments
    from .analytics_reports import AnalyticsReports, AsyncAnalyticsReports
    from .android_to_ios_app_mapping_details import (
        AndroidToIosAppMappingDetails,
        AsyncAndroidToIosAppMappingDetails,
    )
    from .app_availabilities_v2 import AppAvailabilitiesV2, AsyncAppAvailabilitiesV2
    from .app_categories import AppCategories, AsyncAppCategories
    from .app_clip_advanced_experience_images import (
        AppClipAdvancedExperienceImages,
        AsyncAppClipAdvancedExperienceImages,
    )
    from .app_clip_advanced_experiences import AppClipAdvancedExperiences, AsyncAppClipAdvancedExperiences
    from .app_clip_app_store_review_details import (
        AppClipAppStoreReviewDetails,
        AsyncAppClipAppStoreReviewDetails,
    )
    from .app_clip_default_experience_localizations import (
        AppClipDefaultExperienceLocalizations,
        AsyncAppClipDefaultExperienceLocalizations,
    )
    from .app_clip_default_experiences import AppClipDefaultExperiences, AsyncAppClipDefaultExperiences
    from .app_clip_header_images import AppClipHeaderImages, AsyncAppClipHeaderImages
    from .app_clips import AppClips, AsyncAppClips
    from .app_custom_product_page_localizations import (
        AppCustomProductPageLocalizations,
        AsyncAppCustomProductPageLocalizations,
    )
    from .app_custom_product_page_versions import (
        AppCustomProductPageVersions,
        AsyncAppCustomProductPageVersions,
    )
    from .app_custom_product_pages import AppCustomProductPages, AsyncAppCustomProductPages
    from .app_encryption_declaration_documents import (
        AppEncryptionDeclarationDocuments,
        AsyncAppEncryptionDeclarationDocuments,
    )
    from .app_encryption_declarations import AppEncryptionDeclarations, AsyncAppEncryptionDeclarations
    from .app_event_localizations import AppEventLocalizations, AsyncAppEventLocalizations
    from .app_event_screenshots import AppEventScreenshots, AsyncAppEventScreenshots
    from .app_event_video_clips import AppEventVideoClips, AsyncAppEventVideoClips
    from .app_events import AppEvents, AsyncAppEvents
    from .app_info_localizations import AppInfoLocalizations, AsyncAppInfoLocalizations
    from .app_infos import AppInfos, AsyncAppInfos
    from .app_preview_sets import AppPreviewSets, AsyncAppPreviewSets
    from .app_previews import AppPreviews, AsyncAppPreviews
    from .app_price_points_v3 import AppPricePointsV3, AsyncAppPricePointsV3
    from .app_price_schedules import AppPriceSchedules, AsyncAppPriceSchedules
    from .app_screenshot_sets import AppScreenshotSets, AsyncAppScreenshotSets
    from .app_screenshots import AppScreenshots, AsyncAppScreenshots
    from .app_store_review_attachments import AppStoreReviewAttachments, AsyncAppStoreReviewAttachments
    from .app_store_review_details import AppStoreReviewDetails, AsyncAppStoreReviewDetails
    from .app_store_version_experiment_treatment_localizations import (
        AppStoreVersionExperimentTreatmentLocalizations,
        AsyncAppStoreVersionExperimentTreatmentLocalizations,
    )
    from .app_store_version_experiment_treatments import (
        AppStoreVersionExperimentTreatments,
        AsyncAppStoreVersionExperimentTreatments,
    )
    from .app_store_version_experiments import AppStoreVersionExperiments, AsyncAppStoreVersionExperiments
    from .app_store_version_experiments_v2 import (
        AppStoreVersionExperimentsV2,
        AsyncAppStoreVersionExperimentsV2,
    )
    from .app_store_version_localizations import (
        AppStoreVersionLocalizations,
        AsyncAppStoreVersionLocalizations,
    )
    from .app_store_version_phased_releases import (
        AppStoreVersionPhasedReleases,
        AsyncAppStoreVersionPhasedReleases,
    )
    from .app_store_version_promotions import AppStoreVersionPromotions, AsyncAppStoreVersionPromotions
    from .app_store_version_release_requests import (
        AppStoreVersionReleaseRequests,
        AsyncAppStoreVersionReleaseRequests,
    )
    from .app_store_version_submissions import AppStoreVersionSubmissions, AsyncAppStoreVersionSubmissions
    from .app_store_versions import AppStoreVersions, AsyncAppStoreVersions
    from .app_tags import AppTags, AsyncAppTags
    from .apps import Apps, AsyncApps
    from .background_asset_upload_files import AsyncBackgroundAssetUploadFiles, BackgroundAssetUploadFiles
    from .background_asset_version_app_store_releases import (
        AsyncBackgroundAssetVersionAppStoreReleases,
        BackgroundAssetVersionAppStoreReleases,
    )
    from .background_asset_version_external_beta_releases import (
        AsyncBackgroundAssetVersionExternalBetaReleases,
        BackgroundAssetVersionExternalBetaReleases,
    )
    from .background_asset_version_internal_beta_releases import (
        AsyncBackgroundAssetVersionInternalBetaReleases,
        BackgroundAssetVersionInternalBetaReleases,
    )
    from .background_asset_versions import AsyncBackgroundAssetVersions, BackgroundAssetVersions
    from .background_assets import AsyncBackgroundAssets, BackgroundAssets
    from .beta_app_clip_invocation_localizations import (
        AsyncBetaAppClipInvocationLocalizations,
        BetaAppClipInvocationLocalizations,
    )
    from .beta_app_clip_invocations import AsyncBetaAppClipInvocations, BetaAppClipInvocations
    from .beta_app_localizations import AsyncBetaAppLocalizations, BetaAppLocalizations
    from .beta_app_review_details import AsyncBetaAppReviewDetails, BetaAppReviewDetails
    from .beta_app_review_submissions import AsyncBetaAppReviewSubmissions, BetaAppReviewSubmissions
    from .beta_build_localizations import AsyncBetaBuildLocalizations, BetaBuildLocalizations
    from .beta_crash_logs import AsyncBetaCrashLogs, BetaCrashLogs
    from .beta_feedback_crash_submissions import (
        AsyncBetaFeedbackCrashSubmissions,
        BetaFeedbackCrashSubmissions,
    )
    from .beta_feedback_screenshot_submissions import (
        AsyncBetaFeedbackScreenshotSubmissions,
        BetaFeedbackScreenshotSubmissions,
    )
    from .beta_groups import AsyncBetaGroups, BetaGroups
    from .beta_license_agreements import AsyncBetaLicenseAgreements, BetaLicenseAgreements
    from .beta_recruitment_criteria import AsyncBetaRecruitmentCriteria, BetaRecruitmentCriteria
    from .beta_recruitment_criterion_options import (
        AsyncBetaRecruitmentCriterionOptions,
        BetaRecruitmentCriterionOptions,
    )
    from .beta_tester_invitations import AsyncBetaTesterInvitations, BetaTesterInvitations
    from .beta_testers import AsyncBetaTesters, BetaTesters
    from .build_beta_details import AsyncBuildBetaDetails, BuildBetaDetails
    from .build_beta_notifications import AsyncBuildBetaNotifications, BuildBetaNotifications
    from .build_bundles import AsyncBuildBundles, BuildBundles
    from .build_upload_files import AsyncBuildUploadFiles, BuildUploadFiles
    from .build_uploads import AsyncBuildUploads, BuildUploads
    from .builds import AsyncBuilds, Builds
    from .bundle_id_capabilities import AsyncBundleIdCapabilities, BundleIdCapabilities
    from .bundle_ids import AsyncBundleIds, BundleIds
    from .certificates import AsyncCertificates, Certificates
    from .ci_artifacts import AsyncCiArtifacts, CiArtifacts
    from .ci_build_actions import AsyncCiBuildActions, CiBuildActions
    from .ci_build_runs import AsyncCiBuildRuns, CiBuildRuns
    from .ci_issues import AsyncCiIssues, CiIssues
    from .ci_mac_os_versions import AsyncCiMacOsVersions, CiMacOsVersions
    from .ci_products import AsyncCiProducts, CiProducts
    from .ci_test_results import AsyncCiTestResults, CiTestResults
    from .ci_workflows import AsyncCiWorkflows, CiWorkflows
    from .ci_xcode_versions import AsyncCiXcodeVersions, CiXcodeVersions
    from .customer_review_responses import AsyncCustomerReviewResponses, CustomerReviewResponses
    from .customer_reviews import AsyncCustomerReviews, CustomerReviews
    from .devices import AsyncDevices, Devices
    from .diagnostic_signatures import AsyncDiagnosticSignatures, DiagnosticSignatures
    from .end_app_availability_pre_orders import AsyncEndAppAvailabilityPreOrders, EndAppAvailabilityPreOrders
    from .end_user_license_agreements import AsyncEndUserLicenseAgreements, EndUserLicenseAgreements
    from .finance_reports import AsyncFinanceReports, FinanceReports
    from .game_center_achievement_images import AsyncGameCenterAchievementImages, GameCenterAchievementImages
    from .game_center_achievement_images_v2 import (
        AsyncGameCenterAchievementImagesV2,
        GameCenterAchievementImagesV2,
    )
    from .game_center_achievement_localizations import (
        AsyncGameCenterAchievementLocalizations,
        GameCenterAchievementLocalizations,
    )
    from .game_center_achievement_localizations_v2 import (
        AsyncGameCenterAchievementLocalizationsV2,
        GameCenterAchievementLocalizationsV2,
    )
    from .game_center_achievement_releases import (
        AsyncGameCenterAchievementReleases,
        GameCenterAchievementReleases,
    )
    from .game_center_achievement_versions_v2 import (
        AsyncGameCenterAchievementVersionsV2,
        GameCenterAchievementVersionsV2,
    )
    from .game_center_achievements import AsyncGameCenterAchievements, GameCenterAchievements
    from .game_center_achievements_v2 import AsyncGameCenterAchievementsV2, GameCenterAchievementsV2
    from .game_center_activities import AsyncGameCenterActivities, GameCenterActivities
    from .game_center_activity_images import AsyncGameCenterActivityImages, GameCenterActivityImages
    from .game_center_activity_localizations import (
        AsyncGameCenterActivityLocalizations,
        GameCenterActivityLocalizations,
    )
    from .game_center_activity_version_releases import (
        AsyncGameCenterActivityVersionReleases,
        GameCenterActivityVersionReleases,
    )
    from .game_center_activity_versions import AsyncGameCenterActivityVersions, GameCenterActivityVersions
    from .game_center_app_versions import AsyncGameCenterAppVersions, GameCenterAppVersions
    from .game_center_challenge_images import AsyncGameCenterChallengeImages, GameCenterChallengeImages
    from .game_center_challenge_localizations import (
        AsyncGameCenterChallengeLocalizations,
        GameCenterChallengeLocalizations,
    )
    from .game_center_challenge_version_releases import (
        AsyncGameCenterChallengeVersionReleases,
        GameCenterChallengeVersionReleases,
    )
    from .game_center_challenge_versions import AsyncGameCenterChallengeVersions, GameCenterChallengeVersions
    from .game_center_challenges import AsyncGameCenterChallenges, GameCenterChallenges
    from .game_center_details import AsyncGameCenterDetails, GameCenterDetails
    from .game_center_enabled_versions import AsyncGameCenterEnabledVersions, GameCenterEnabledVersions
    from .game_center_groups import AsyncGameCenterGroups, GameCenterGroups
    from .game_center_leaderboard_entry_submissions import (
        AsyncGameCenterLeaderboardEntrySubmissions,
        GameCenterLeaderboardEntrySubmissions,
    )
    from .game_center_leaderboard_images import AsyncGameCenterLeaderboardImages, GameCenterLeaderboardImages
    from .game_center_leaderboard_images_v2 import (
        AsyncGameCenterLeaderboardImagesV2,
        GameCenterLeaderboardImagesV2,
    )
    from .game_center_leaderboard_localizations import (
        AsyncGameCenterLeaderboardLocalizations,
        GameCenterLeaderboardLocalizations,
    )
    from .game_center_leaderboard_localizations_v2 import (
        AsyncGameCenterLeaderboardLocalizationsV2,
        GameCenterLeaderboardLocalizationsV2,
    )
    from .game_center_leaderboard_releases import (
        AsyncGameCenterLeaderboardReleases,
        GameCenterLeaderboardReleases,
    )
    from .game_center_leaderboard_set_images import (
        AsyncGameCenterLeaderboardSetImages,
        GameCenterLeaderboardSetImages,
    )
    from .game_center_leaderboard_set_images_v2 import (
        AsyncGameCenterLeaderboardSetImagesV2,
        GameCenterLeaderboardSetImagesV2,
    )
    from .game_center_leaderboard_set_localizations import (
        AsyncGameCenterLeaderboardSetLocalizations,
        GameCenterLeaderboardSetLocalizations,
    )
    from .game_center_leaderboard_set_localizations_v2 import (
        AsyncGameCenterLeaderboardSetLocalizationsV2,
        GameCenterLeaderboardSetLocalizationsV2,
    )
    from .game_center_leaderboard_set_member_localizations import (
        AsyncGameCenterLeaderboardSetMemberLocalizations,
        GameCenterLeaderboardSetMemberLocalizations,
    )
    from .game_center_leaderboard_set_releases import (
        AsyncGameCenterLeaderboardSetReleases,
        GameCenterLeaderboardSetReleases,
    )
    from .game_center_leaderboard_set_versions_v2 import (
        AsyncGameCenterLeaderboardSetVersionsV2,
        GameCenterLeaderboardSetVersionsV2,
    )
    from .game_center_leaderboard_sets import AsyncGameCenterLeaderboardSets, GameCenterLeaderboardSets
    from .game_center_leaderboard_sets_v2 import AsyncGameCenterLeaderboardSetsV2, GameCenterLeaderboardSetsV2
    from .game_center_leaderboard_versions_v2 import (
        AsyncGameCenterLeaderboardVersionsV2,
        GameCenterLeaderboardVersionsV2,
    )
    from .game_center_leaderboards import AsyncGameCenterLeaderboards, GameCenterLeaderboards
    from .game_center_leaderboards_v2 import AsyncGameCenterLeaderboardsV2, GameCenterLeaderboardsV2
    from .game_center_matchmaking_queues import AsyncGameCenterMatchmakingQueues, GameCenterMatchmakingQueues
    from .game_center_matchmaking_rule_set_tests import (
        AsyncGameCenterMatchmakingRuleSetTests,
        GameCenterMatchmakingRuleSetTests,
    )
    from .game_center_matchmaking_rule_sets import (
        AsyncGameCenterMatchmakingRuleSets,
        GameCenterMatchmakingRuleSets,
    )
    from .game_center_matchmaking_rules import AsyncGameCenterMatchmakingRules, GameCenterMatchmakingRules
    from .game_center_matchmaking_teams import AsyncGameCenterMatchmakingTeams, GameCenterMatchmakingTeams
    from .game_center_player_achievement_submissions import (
        AsyncGameCenterPlayerAchievementSubmissions,
        GameCenterPlayerAchievementSubmissions,
    )
    from .in_app_purchase_app_store_review_screenshots import (
        AsyncInAppPurchaseAppStoreReviewScreenshots,
        InAppPurchaseAppStoreReviewScreenshots,
    )
    from .in_app_purchase_availabilities import AsyncInAppPurchaseAvailabilities, InAppPurchaseAvailabilities
    from .in_app_purchase_contents import AsyncInAppPurchaseContents, InAppPurchaseContents
    from .in_app_purchase_images import AsyncInAppPurchaseImages, InAppPurchaseImages
    from .in_app_purchase_images_v2 import AsyncInAppPurchaseImagesV2, InAppPurchaseImagesV2
    from .in_app_purchase_localizations import AsyncInAppPurchaseLocalizations, InAppPurchaseLocalizations
    from .in_app_purchase_localizations_v2 import (
        AsyncInAppPurchaseLocalizationsV2,
        InAppPurchaseLocalizationsV2,
    )
    from .in_app_purchase_offer_code_custom_codes import (
        AsyncInAppPurchaseOfferCodeCustomCodes,
        InAppPurchaseOfferCodeCustomCodes,
    )
    from .in_app_purchase_offer_code_one_time_use_codes import (
        AsyncInAppPurchaseOfferCodeOneTimeUseCodes,
        InAppPurchaseOfferCodeOneTimeUseCodes,
    )
    from .in_app_purchase_offer_codes import AsyncInAppPurchaseOfferCodes, InAppPurchaseOfferCodes
    from .in_app_purchase_price_points import AsyncInAppPurchasePricePoints, InAppPurchasePricePoints
    from .in_app_purchase_price_schedules import AsyncInAppPurchasePriceSchedules, InAppPurchasePriceSchedules
    from .in_app_purchase_submissions import AsyncInAppPurchaseSubmissions, InAppPurchaseSubmissions
    from .in_app_purchase_versions import AsyncInAppPurchaseVersions, InAppPurchaseVersions
    from .in_app_purchases import AsyncInAppPurchases, InAppPurchases
    from .in_app_purchases_v2 import AsyncInAppPurchasesV2, InAppPurchasesV2
    from .marketplace_search_details import AsyncMarketplaceSearchDetails, MarketplaceSearchDetails
    from .marketplace_webhooks import AsyncMarketplaceWebhooks, MarketplaceWebhooks
    from .merchant_ids import AsyncMerchantIds, MerchantIds
    from .nominations import AsyncNominations, Nominations
    from .pass_type_ids import AsyncPassTypeIds, PassTypeIds
    from .pre_release_versions import AsyncPreReleaseVersions, PreReleaseVersions
    from .profiles import AsyncProfiles, Profiles
    from .promoted_purchases import AsyncPromotedPurchases, PromotedPurchases
    from .review_submission_items import AsyncReviewSubmissionItems, ReviewSubmissionItems
    from .review_submissions import AsyncReviewSubmissions, ReviewSubmissions
    from .routing_app_coverages import AsyncRoutingAppCoverages, RoutingAppCoverages
    from .sales_reports import AsyncSalesReports, SalesReports
    from .sandbox_testers_clear_purchase_history_request_v2 import (
        AsyncSandboxTestersClearPurchaseHistoryRequestV2,
        SandboxTestersClearPurchaseHistoryRequestV2,
    )
    from .sandbox_testers_v2 import AsyncSandboxTestersV2, SandboxTestersV2
    from .scm_git_references import AsyncScmGitReferences, ScmGitReferences
    from .scm_providers import AsyncScmProviders, ScmProviders
    from .scm_pull_requests import AsyncScmPullRequests, ScmPullRequests
    from .scm_repositories import AsyncScmRepositories, ScmRepositories
    from .subscription_app_store_review_screenshots import (
        AsyncSubscriptionAppStoreReviewScreenshots,
        SubscriptionAppStoreReviewScreenshots,
    )
    from .subscription_availabilities import AsyncSubscriptionAvailabilities, SubscriptionAvailabilities
    from .subscription_grace_periods import AsyncSubscriptionGracePeriods, SubscriptionGracePeriods
    from .subscription_group_localizations import (
        AsyncSubscriptionGroupLocalizations,
        SubscriptionGroupLocalizations,
    )
    from .subscription_group_localizations_v2 import (
        AsyncSubscriptionGroupLocalizationsV2,
        SubscriptionGroupLocalizationsV2,
    )
    from .subscription_group_submissions import (
        AsyncSubscriptionGroupSubmissions,
        SubscriptionGroupSubmissions,
    )
    from .subscription_group_versions import AsyncSubscriptionGroupVersions, SubscriptionGroupVersions
    from .subscription_groups import AsyncSubscriptionGroups, SubscriptionGroups
    from .subscription_images import AsyncSubscriptionImages, SubscriptionImages
    from .subscription_images_v2 import AsyncSubscriptionImagesV2, SubscriptionImagesV2
    from .subscription_introductory_offers import (
        AsyncSubscriptionIntroductoryOffers,
        SubscriptionIntroductoryOffers,
    )
    from .subscription_localizations import AsyncSubscriptionLocalizations, SubscriptionLocalizations
    from .subscription_localizations_v2 import AsyncSubscriptionLocalizationsV2, SubscriptionLocalizationsV2
    from .subscription_offer_code_custom_codes import (
        AsyncSubscriptionOfferCodeCustomCodes,
        SubscriptionOfferCodeCustomCodes,
    )
    from .subscription_offer_code_one_time_use_codes import (
        AsyncSubscriptionOfferCodeOneTimeUseCodes,
        SubscriptionOfferCodeOneTimeUseCodes,
    )
    from .subscription_offer_codes import AsyncSubscriptionOfferCodes, SubscriptionOfferCodes
    from .subscription_plan_availabilities import (
        AsyncSubscriptionPlanAvailabilities,
        SubscriptionPlanAvailabilities,
    )
    from .subscription_price_points import AsyncSubscriptionPricePoints, SubscriptionPricePoints
    from .subscription_prices import AsyncSubscriptionPrices, SubscriptionPrices
    from .subscription_promotional_offers import (
        AsyncSubscriptionPromotionalOffers,
        SubscriptionPromotionalOffers,
    )
    from .subscription_submissions import AsyncSubscriptionSubmissions, SubscriptionSubmissions
    from .subscription_versions import AsyncSubscriptionVersions, SubscriptionVersions
    from .subscriptions import AsyncSubscriptions, Subscriptions
    from .territories import AsyncTerritories, Territories
    from .territory_availabilities import AsyncTerritoryAvailabilities, TerritoryAvailabilities
    from .user_invitations import AsyncUserInvitations, UserInvitations
    from .users import AsyncUsers, Users
    from .webhook_deliveries import AsyncWebhookDeliveries, WebhookDeliveries
    from .webhook_pings import AsyncWebhookPings, WebhookPings
    from .webhooks import AsyncWebhooks, Webhooks
    from .win_back_offers import AsyncWinBackOffers, WinBackOffers


class Resources:
    """The namespaces of AppStoreConnect."""

    accessibility_declarations: Namespace[AccessibilityDeclarations] = Namespace(
        "accessibility_declarations", "AccessibilityDeclarations"
    )
    actors: Namespace[Actors] = Namespace("actors", "Actors")
    age_rating_declarations: Namespace[AgeRatingDeclarations] = Namespace(
        "age_rating_declarations", "AgeRatingDeclarations"
    )
    alternative_distribution_domains: Namespace[AlternativeDistributionDomains] = Namespace(
        "alternative_distribution_domains", "AlternativeDistributionDomains"
    )
    alternative_distribution_keys: Namespace[AlternativeDistributionKeys] = Namespace(
        "alternative_distribution_keys", "AlternativeDistributionKeys"
    )
    alternative_distribution_package_deltas: Namespace[AlternativeDistributionPackageDeltas] = Namespace(
        "alternative_distribution_package_deltas", "AlternativeDistributionPackageDeltas"
    )
    alternative_distribution_package_variants: Namespace[AlternativeDistributionPackageVariants] = Namespace(
        "alternative_distribution_package_variants", "AlternativeDistributionPackageVariants"
    )
    alternative_distribution_package_versions: Namespace[AlternativeDistributionPackageVersions] = Namespace(
        "alternative_distribution_package_versions", "AlternativeDistributionPackageVersions"
    )
    alternative_distribution_packages: Namespace[AlternativeDistributionPackages] = Namespace(
        "alternative_distribution_packages", "AlternativeDistributionPackages"
    )
    analytics_report_instances: Namespace[AnalyticsReportInstances] = Namespace(
        "analytics_report_instances", "AnalyticsReportInstances"
    )
    analytics_report_requests: Namespace[AnalyticsReportRequests] = Namespace(
        "analytics_report_requests", "AnalyticsReportRequests"
    )
    analytics_report_segments: Namespace[AnalyticsReportSegments] = Namespace(
        "analytics_report_segments", "AnalyticsReportSegments"
    )
    analytics_reports: Namespace[AnalyticsReports] = Namespace("analytics_reports", "AnalyticsReports")
    android_to_ios_app_mapping_details: Namespace[AndroidToIosAppMappingDetails] = Namespace(
        "android_to_ios_app_mapping_details", "AndroidToIosAppMappingDetails"
    )
    app_availabilities_v2: Namespace[AppAvailabilitiesV2] = Namespace(
        "app_availabilities_v2", "AppAvailabilitiesV2"
    )
    app_categories: Namespace[AppCategories] = Namespace("app_categories", "AppCategories")
    app_clip_advanced_experience_images: Namespace[AppClipAdvancedExperienceImages] = Namespace(
        "app_clip_advanced_experience_images", "AppClipAdvancedExperienceImages"
    )
    app_clip_advanced_experiences: Namespace[AppClipAdvancedExperiences] = Namespace(
        "app_clip_advanced_experiences", "AppClipAdvancedExperiences"
    )
    app_clip_app_store_review_details: Namespace[AppClipAppStoreReviewDetails] = Namespace(
        "app_clip_app_store_review_details", "AppClipAppStoreReviewDetails"
    )
    app_clip_default_experience_localizations: Namespace[AppClipDefaultExperienceLocalizations] = Namespace(
        "app_clip_default_experience_localizations", "AppClipDefaultExperienceLocalizations"
    )
    app_clip_default_experiences: Namespace[AppClipDefaultExperiences] = Namespace(
        "app_clip_default_experiences", "AppClipDefaultExperiences"
    )
    app_clip_header_images: Namespace[AppClipHeaderImages] = Namespace(
        "app_clip_header_images", "AppClipHeaderImages"
    )
    app_clips: Namespace[AppClips] = Namespace("app_clips", "AppClips")
    app_custom_product_page_localizations: Namespace[AppCustomProductPageLocalizations] = Namespace(
        "app_custom_product_page_localizations", "AppCustomProductPageLocalizations"
    )
    app_custom_product_page_versions: Namespace[AppCustomProductPageVersions] = Namespace(
        "app_custom_product_page_versions", "AppCustomProductPageVersions"
    )
    app_custom_product_pages: Namespace[AppCustomProductPages] = Namespace(
        "app_custom_product_pages", "AppCustomProductPages"
    )
    app_encryption_declaration_documents: Namespace[AppEncryptionDeclarationDocuments] = Namespace(
        "app_encryption_declaration_documents", "AppEncryptionDeclarationDocuments"
    )
    app_encryption_declarations: Namespace[AppEncryptionDeclarations] = Namespace(
        "app_encryption_declarations", "AppEncryptionDeclarations"
    )
    app_event_localizations: Namespace[AppEventLocalizations] = Namespace(
        "app_event_localizations", "AppEventLocalizations"
    )
    app_event_screenshots: Namespace[AppEventScreenshots] = Namespace(
        "app_event_screenshots", "AppEventScreenshots"
    )
    app_event_video_clips: Namespace[AppEventVideoClips] = Namespace(
        "app_event_video_clips", "AppEventVideoClips"
    )
    app_events: Namespace[AppEvents] = Namespace("app_events", "AppEvents")
    app_info_localizations: Namespace[AppInfoLocalizations] = Namespace(
        "app_info_localizations", "AppInfoLocalizations"
    )
    app_infos: Namespace[AppInfos] = Namespace("app_infos", "AppInfos")
    app_preview_sets: Namespace[AppPreviewSets] = Namespace("app_preview_sets", "AppPreviewSets")
    app_previews: Namespace[AppPreviews] = Namespace("app_previews", "AppPreviews")
    app_price_points_v3: Namespace[AppPricePointsV3] = Namespace("app_price_points_v3", "AppPricePointsV3")
    app_price_schedules: Namespace[AppPriceSchedules] = Namespace("app_price_schedules", "AppPriceSchedules")
    app_screenshot_sets: Namespace[AppScreenshotSets] = Namespace("app_screenshot_sets", "AppScreenshotSets")
    app_screenshots: Namespace[AppScreenshots] = Namespace("app_screenshots", "AppScreenshots")
    app_store_review_attachments: Namespace[AppStoreReviewAttachments] = Namespace(
        "app_store_review_attachments", "AppStoreReviewAttachments"
    )
    app_store_review_details: Namespace[AppStoreReviewDetails] = Namespace(
        "app_store_review_details", "AppStoreReviewDetails"
    )
    app_store_version_experiment_treatment_localizations: Namespace[
        AppStoreVersionExperimentTreatmentLocalizations
    ] = Namespace(
        "app_store_version_experiment_treatment_localizations",
        "AppStoreVersionExperimentTreatmentLocalizations",
    )
    app_store_version_experiment_treatments: Namespace[AppStoreVersionExperimentTreatments] = Namespace(
        "app_store_version_experiment_treatments", "AppStoreVersionExperimentTreatments"
    )
    app_store_version_experiments: Namespace[AppStoreVersionExperiments] = Namespace(
        "app_store_version_experiments", "AppStoreVersionExperiments"
    )
    app_store_version_experiments_v2: Namespace[AppStoreVersionExperimentsV2] = Namespace(
        "app_store_version_experiments_v2", "AppStoreVersionExperimentsV2"
    )
    app_store_version_localizations: Namespace[AppStoreVersionLocalizations] = Namespace(
        "app_store_version_localizations", "AppStoreVersionLocalizations"
    )
    app_store_version_phased_releases: Namespace[AppStoreVersionPhasedReleases] = Namespace(
        "app_store_version_phased_releases", "AppStoreVersionPhasedReleases"
    )
    app_store_version_promotions: Namespace[AppStoreVersionPromotions] = Namespace(
        "app_store_version_promotions", "AppStoreVersionPromotions"
    )
    app_store_version_release_requests: Namespace[AppStoreVersionReleaseRequests] = Namespace(
        "app_store_version_release_requests", "AppStoreVersionReleaseRequests"
    )
    app_store_version_submissions: Namespace[AppStoreVersionSubmissions] = Namespace(
        "app_store_version_submissions", "AppStoreVersionSubmissions"
    )
    app_store_versions: Namespace[AppStoreVersions] = Namespace("app_store_versions", "AppStoreVersions")
    app_tags: Namespace[AppTags] = Namespace("app_tags", "AppTags")
    apps: Namespace[Apps] = Namespace("apps", "Apps")
    background_asset_upload_files: Namespace[BackgroundAssetUploadFiles] = Namespace(
        "background_asset_upload_files", "BackgroundAssetUploadFiles"
    )
    background_asset_version_app_store_releases: Namespace[BackgroundAssetVersionAppStoreReleases] = (
        Namespace("background_asset_version_app_store_releases", "BackgroundAssetVersionAppStoreReleases")
    )
    background_asset_version_external_beta_releases: Namespace[BackgroundAssetVersionExternalBetaReleases] = (
        Namespace(
            "background_asset_version_external_beta_releases", "BackgroundAssetVersionExternalBetaReleases"
        )
    )
    background_asset_version_internal_beta_releases: Namespace[BackgroundAssetVersionInternalBetaReleases] = (
        Namespace(
            "background_asset_version_internal_beta_releases", "BackgroundAssetVersionInternalBetaReleases"
        )
    )
    background_asset_versions: Namespace[BackgroundAssetVersions] = Namespace(
        "background_asset_versions", "BackgroundAssetVersions"
    )
    background_assets: Namespace[BackgroundAssets] = Namespace("background_assets", "BackgroundAssets")
    beta_app_clip_invocation_localizations: Namespace[BetaAppClipInvocationLocalizations] = Namespace(
        "beta_app_clip_invocation_localizations", "BetaAppClipInvocationLocalizations"
    )
    beta_app_clip_invocations: Namespace[BetaAppClipInvocations] = Namespace(
        "beta_app_clip_invocations", "BetaAppClipInvocations"
    )
    beta_app_localizations: Namespace[BetaAppLocalizations] = Namespace(
        "beta_app_localizations", "BetaAppLocalizations"
    )
    beta_app_review_details: Namespace[BetaAppReviewDetails] = Namespace(
        "beta_app_review_details", "BetaAppReviewDetails"
    )
    beta_app_review_submissions: Namespace[BetaAppReviewSubmissions] = Namespace(
        "beta_app_review_submissions", "BetaAppReviewSubmissions"
    )
    beta_build_localizations: Namespace[BetaBuildLocalizations] = Namespace(
        "beta_build_localizations", "BetaBuildLocalizations"
    )
    beta_crash_logs: Namespace[BetaCrashLogs] = Namespace("beta_crash_logs", "BetaCrashLogs")
    beta_feedback_crash_submissions: Namespace[BetaFeedbackCrashSubmissions] = Namespace(
        "beta_feedback_crash_submissions", "BetaFeedbackCrashSubmissions"
    )
    beta_feedback_screenshot_submissions: Namespace[BetaFeedbackScreenshotSubmissions] = Namespace(
        "beta_feedback_screenshot_submissions", "BetaFeedbackScreenshotSubmissions"
    )
    beta_groups: Namespace[BetaGroups] = Namespace("beta_groups", "BetaGroups")
    beta_license_agreements: Namespace[BetaLicenseAgreements] = Namespace(
        "beta_license_agreements", "BetaLicenseAgreements"
    )
    beta_recruitment_criteria: Namespace[BetaRecruitmentCriteria] = Namespace(
        "beta_recruitment_criteria", "BetaRecruitmentCriteria"
    )
    beta_recruitment_criterion_options: Namespace[BetaRecruitmentCriterionOptions] = Namespace(
        "beta_recruitment_criterion_options", "BetaRecruitmentCriterionOptions"
    )
    beta_tester_invitations: Namespace[BetaTesterInvitations] = Namespace(
        "beta_tester_invitations", "BetaTesterInvitations"
    )
    beta_testers: Namespace[BetaTesters] = Namespace("beta_testers", "BetaTesters")
    build_beta_details: Namespace[BuildBetaDetails] = Namespace("build_beta_details", "BuildBetaDetails")
    build_beta_notifications: Namespace[BuildBetaNotifications] = Namespace(
        "build_beta_notifications", "BuildBetaNotifications"
    )
    build_bundles: Namespace[BuildBundles] = Namespace("build_bundles", "BuildBundles")
    build_upload_files: Namespace[BuildUploadFiles] = Namespace("build_upload_files", "BuildUploadFiles")
    build_uploads: Namespace[BuildUploads] = Namespace("build_uploads", "BuildUploads")
    builds: Namespace[Builds] = Namespace("builds", "Builds")
    bundle_id_capabilities: Namespace[BundleIdCapabilities] = Namespace(
        "bundle_id_capabilities", "BundleIdCapabilities"
    )
    bundle_ids: Namespace[BundleIds] = Namespace("bundle_ids", "BundleIds")
    certificates: Namespace[Certificates] = Namespace("certificates", "Certificates")
    ci_artifacts: Namespace[CiArtifacts] = Namespace("ci_artifacts", "CiArtifacts")
    ci_build_actions: Namespace[CiBuildActions] = Namespace("ci_build_actions", "CiBuildActions")
    ci_build_runs: Namespace[CiBuildRuns] = Namespace("ci_build_runs", "CiBuildRuns")
    ci_issues: Namespace[CiIssues] = Namespace("ci_issues", "CiIssues")
    ci_mac_os_versions: Namespace[CiMacOsVersions] = Namespace("ci_mac_os_versions", "CiMacOsVersions")
    ci_products: Namespace[CiProducts] = Namespace("ci_products", "CiProducts")
    ci_test_results: Namespace[CiTestResults] = Namespace("ci_test_results", "CiTestResults")
    ci_workflows: Namespace[CiWorkflows] = Namespace("ci_workflows", "CiWorkflows")
    ci_xcode_versions: Namespace[CiXcodeVersions] = Namespace("ci_xcode_versions", "CiXcodeVersions")
    customer_review_responses: Namespace[CustomerReviewResponses] = Namespace(
        "customer_review_responses", "CustomerReviewResponses"
    )
    customer_reviews: Namespace[CustomerReviews] = Namespace("customer_reviews", "CustomerReviews")
    devices: Namespace[Devices] = Namespace("devices", "Devices")
    diagnostic_signatures: Namespace[DiagnosticSignatures] = Namespace(
        "diagnostic_signatures", "DiagnosticSignatures"
    )
    end_app_availability_pre_orders: Namespace[EndAppAvailabilityPreOrders] = Namespace(
        "end_app_availability_pre_orders", "EndAppAvailabilityPreOrders"
    )
    end_user_license_agreements: Namespace[EndUserLicenseAgreements] = Namespace(
        "end_user_license_agreements", "EndUserLicenseAgreements"
    )
    finance_reports: Namespace[FinanceReports] = Namespace("finance_reports", "FinanceReports")
    game_center_achievement_images: Namespace[GameCenterAchievementImages] = Namespace(
        "game_center_achievement_images", "GameCenterAchievementImages"
    )
    game_center_achievement_images_v2: Namespace[GameCenterAchievementImagesV2] = Namespace(
        "game_center_achievement_images_v2", "GameCenterAchievementImagesV2"
    )
    game_center_achievement_localizations: Namespace[GameCenterAchievementLocalizations] = Namespace(
        "game_center_achievement_localizations", "GameCenterAchievementLocalizations"
    )
    game_center_achievement_localizations_v2: Namespace[GameCenterAchievementLocalizationsV2] = Namespace(
        "game_center_achievement_localizations_v2", "GameCenterAchievementLocalizationsV2"
    )
    game_center_achievement_releases: Namespace[GameCenterAchievementReleases] = Namespace(
        "game_center_achievement_releases", "GameCenterAchievementReleases"
    )
    game_center_achievement_versions_v2: Namespace[GameCenterAchievementVersionsV2] = Namespace(
        "game_center_achievement_versions_v2", "GameCenterAchievementVersionsV2"
    )
    game_center_achievements: Namespace[GameCenterAchievements] = Namespace(
        "game_center_achievements", "GameCenterAchievements"
    )
    game_center_achievements_v2: Namespace[GameCenterAchievementsV2] = Namespace(
        "game_center_achievements_v2", "GameCenterAchievementsV2"
    )
    game_center_activities: Namespace[GameCenterActivities] = Namespace(
        "game_center_activities", "GameCenterActivities"
    )
    game_center_activity_images: Namespace[GameCenterActivityImages] = Namespace(
        "game_center_activity_images", "GameCenterActivityImages"
    )
    game_center_activity_localizations: Namespace[GameCenterActivityLocalizations] = Namespace(
        "game_center_activity_localizations", "GameCenterActivityLocalizations"
    )
    game_center_activity_version_releases: Namespace[GameCenterActivityVersionReleases] = Namespace(
        "game_center_activity_version_releases", "GameCenterActivityVersionReleases"
    )
    game_center_activity_versions: Namespace[GameCenterActivityVersions] = Namespace(
        "game_center_activity_versions", "GameCenterActivityVersions"
    )
    game_center_app_versions: Namespace[GameCenterAppVersions] = Namespace(
        "game_center_app_versions", "GameCenterAppVersions"
    )
    game_center_challenge_images: Namespace[GameCenterChallengeImages] = Namespace(
        "game_center_challenge_images", "GameCenterChallengeImages"
    )
    game_center_challenge_localizations: Namespace[GameCenterChallengeLocalizations] = Namespace(
        "game_center_challenge_localizations", "GameCenterChallengeLocalizations"
    )
    game_center_challenge_version_releases: Namespace[GameCenterChallengeVersionReleases] = Namespace(
        "game_center_challenge_version_releases", "GameCenterChallengeVersionReleases"
    )
    game_center_challenge_versions: Namespace[GameCenterChallengeVersions] = Namespace(
        "game_center_challenge_versions", "GameCenterChallengeVersions"
    )
    game_center_challenges: Namespace[GameCenterChallenges] = Namespace(
        "game_center_challenges", "GameCenterChallenges"
    )
    game_center_details: Namespace[GameCenterDetails] = Namespace("game_center_details", "GameCenterDetails")
    game_center_enabled_versions: Namespace[GameCenterEnabledVersions] = Namespace(
        "game_center_enabled_versions", "GameCenterEnabledVersions"
    )
    game_center_groups: Namespace[GameCenterGroups] = Namespace("game_center_groups", "GameCenterGroups")
    game_center_leaderboard_entry_submissions: Namespace[GameCenterLeaderboardEntrySubmissions] = Namespace(
        "game_center_leaderboard_entry_submissions", "GameCenterLeaderboardEntrySubmissions"
    )
    game_center_leaderboard_images: Namespace[GameCenterLeaderboardImages] = Namespace(
        "game_center_leaderboard_images", "GameCenterLeaderboardImages"
    )
    game_center_leaderboard_images_v2: Namespace[GameCenterLeaderboardImagesV2] = Namespace(
        "game_center_leaderboard_images_v2", "GameCenterLeaderboardImagesV2"
    )
    game_center_leaderboard_localizations: Namespace[GameCenterLeaderboardLocalizations] = Namespace(
        "game_center_leaderboard_localizations", "GameCenterLeaderboardLocalizations"
    )
    game_center_leaderboard_localizations_v2: Namespace[GameCenterLeaderboardLocalizationsV2] = Namespace(
        "game_center_leaderboard_localizations_v2", "GameCenterLeaderboardLocalizationsV2"
    )
    game_center_leaderboard_releases: Namespace[GameCenterLeaderboardReleases] = Namespace(
        "game_center_leaderboard_releases", "GameCenterLeaderboardReleases"
    )
    game_center_leaderboard_set_images: Namespace[GameCenterLeaderboardSetImages] = Namespace(
        "game_center_leaderboard_set_images", "GameCenterLeaderboardSetImages"
    )
    game_center_leaderboard_set_images_v2: Namespace[GameCenterLeaderboardSetImagesV2] = Namespace(
        "game_center_leaderboard_set_images_v2", "GameCenterLeaderboardSetImagesV2"
    )
    game_center_leaderboard_set_localizations: Namespace[GameCenterLeaderboardSetLocalizations] = Namespace(
        "game_center_leaderboard_set_localizations", "GameCenterLeaderboardSetLocalizations"
    )
    game_center_leaderboard_set_localizations_v2: Namespace[GameCenterLeaderboardSetLocalizationsV2] = (
        Namespace("game_center_leaderboard_set_localizations_v2", "GameCenterLeaderboardSetLocalizationsV2")
    )
    game_center_leaderboard_set_member_localizations: Namespace[
        GameCenterLeaderboardSetMemberLocalizations
    ] = Namespace(
        "game_center_leaderboard_set_member_localizations", "GameCenterLeaderboardSetMemberLocalizations"
    )
    game_center_leaderboard_set_releases: Namespace[GameCenterLeaderboardSetReleases] = Namespace(
        "game_center_leaderboard_set_releases", "GameCenterLeaderboardSetReleases"
    )
    game_center_leaderboard_set_versions_v2: Namespace[GameCenterLeaderboardSetVersionsV2] = Namespace(
        "game_center_leaderboard_set_versions_v2", "GameCenterLeaderboardSetVersionsV2"
    )
    game_center_leaderboard_sets: Namespace[GameCenterLeaderboardSets] = Namespace(
        "game_center_leaderboard_sets", "GameCenterLeaderboardSets"
    )
    game_center_leaderboard_sets_v2: Namespace[GameCenterLeaderboardSetsV2] = Namespace(
        "game_center_leaderboard_sets_v2", "GameCenterLeaderboardSetsV2"
    )
    game_center_leaderboard_versions_v2: Namespace[GameCenterLeaderboardVersionsV2] = Namespace(
        "game_center_leaderboard_versions_v2", "GameCenterLeaderboardVersionsV2"
    )
    game_center_leaderboards: Namespace[GameCenterLeaderboards] = Namespace(
        "game_center_leaderboards", "GameCenterLeaderboards"
    )
    game_center_leaderboards_v2: Namespace[GameCenterLeaderboardsV2] = Namespace(
        "game_center_leaderboards_v2", "GameCenterLeaderboardsV2"
    )
    game_center_matchmaking_queues: Namespace[GameCenterMatchmakingQueues] = Namespace(
        "game_center_matchmaking_queues", "GameCenterMatchmakingQueues"
    )
    game_center_matchmaking_rule_set_tests: Namespace[GameCenterMatchmakingRuleSetTests] = Namespace(
        "game_center_matchmaking_rule_set_tests", "GameCenterMatchmakingRuleSetTests"
    )
    game_center_matchmaking_rule_sets: Namespace[GameCenterMatchmakingRuleSets] = Namespace(
        "game_center_matchmaking_rule_sets", "GameCenterMatchmakingRuleSets"
    )
    game_center_matchmaking_rules: Namespace[GameCenterMatchmakingRules] = Namespace(
        "game_center_matchmaking_rules", "GameCenterMatchmakingRules"
    )
    game_center_matchmaking_teams: Namespace[GameCenterMatchmakingTeams] = Namespace(
        "game_center_matchmaking_teams", "GameCenterMatchmakingTeams"
    )
    game_center_player_achievement_submissions: Namespace[GameCenterPlayerAchievementSubmissions] = Namespace(
        "game_center_player_achievement_submissions", "GameCenterPlayerAchievementSubmissions"
    )
    in_app_purchase_app_store_review_screenshots: Namespace[InAppPurchaseAppStoreReviewScreenshots] = (
        Namespace("in_app_purchase_app_store_review_screenshots", "InAppPurchaseAppStoreReviewScreenshots")
    )
    in_app_purchase_availabilities: Namespace[InAppPurchaseAvailabilities] = Namespace(
        "in_app_purchase_availabilities", "InAppPurchaseAvailabilities"
    )
    in_app_purchase_contents: Namespace[InAppPurchaseContents] = Namespace(
        "in_app_purchase_contents", "InAppPurchaseContents"
    )
    in_app_purchase_images: Namespace[InAppPurchaseImages] = Namespace(
        "in_app_purchase_images", "InAppPurchaseImages"
    )
    in_app_purchase_images_v2: Namespace[InAppPurchaseImagesV2] = Namespace(
        "in_app_purchase_images_v2", "InAppPurchaseImagesV2"
    )
    in_app_purchase_localizations: Namespace[InAppPurchaseLocalizations] = Namespace(
        "in_app_purchase_localizations", "InAppPurchaseLocalizations"
    )
    in_app_purchase_localizations_v2: Namespace[InAppPurchaseLocalizationsV2] = Namespace(
        "in_app_purchase_localizations_v2", "InAppPurchaseLocalizationsV2"
    )
    in_app_purchase_offer_code_custom_codes: Namespace[InAppPurchaseOfferCodeCustomCodes] = Namespace(
        "in_app_purchase_offer_code_custom_codes", "InAppPurchaseOfferCodeCustomCodes"
    )
    in_app_purchase_offer_code_one_time_use_codes: Namespace[InAppPurchaseOfferCodeOneTimeUseCodes] = (
        Namespace("in_app_purchase_offer_code_one_time_use_codes", "InAppPurchaseOfferCodeOneTimeUseCodes")
    )
    in_app_purchase_offer_codes: Namespace[InAppPurchaseOfferCodes] = Namespace(
        "in_app_purchase_offer_codes", "InAppPurchaseOfferCodes"
    )
    in_app_purchase_price_points: Namespace[InAppPurchasePricePoints] = Namespace(
        "in_app_purchase_price_points", "InAppPurchasePricePoints"
    )
    in_app_purchase_price_schedules: Namespace[InAppPurchasePriceSchedules] = Namespace(
        "in_app_purchase_price_schedules", "InAppPurchasePriceSchedules"
    )
    in_app_purchase_submissions: Namespace[InAppPurchaseSubmissions] = Namespace(
        "in_app_purchase_submissions", "InAppPurchaseSubmissions"
    )
    in_app_purchase_versions: Namespace[InAppPurchaseVersions] = Namespace(
        "in_app_purchase_versions", "InAppPurchaseVersions"
    )
    in_app_purchases: Namespace[InAppPurchases] = Namespace("in_app_purchases", "InAppPurchases")
    in_app_purchases_v2: Namespace[InAppPurchasesV2] = Namespace("in_app_purchases_v2", "InAppPurchasesV2")
    marketplace_search_details: Namespace[MarketplaceSearchDetails] = Namespace(
        "marketplace_search_details", "MarketplaceSearchDetails"
    )
    marketplace_webhooks: Namespace[MarketplaceWebhooks] = Namespace(
        "marketplace_webhooks", "MarketplaceWebhooks"
    )
    merchant_ids: Namespace[MerchantIds] = Namespace("merchant_ids", "MerchantIds")
    nominations: Namespace[Nominations] = Namespace("nominations", "Nominations")
    pass_type_ids: Namespace[PassTypeIds] = Namespace("pass_type_ids", "PassTypeIds")
    pre_release_versions: Namespace[PreReleaseVersions] = Namespace(
        "pre_release_versions", "PreReleaseVersions"
    )
    profiles: Namespace[Profiles] = Namespace("profiles", "Profiles")
    promoted_purchases: Namespace[PromotedPurchases] = Namespace("promoted_purchases", "PromotedPurchases")
    review_submission_items: Namespace[ReviewSubmissionItems] = Namespace(
        "review_submission_items", "ReviewSubmissionItems"
    )
    review_submissions: Namespace[ReviewSubmissions] = Namespace("review_submissions", "ReviewSubmissions")
    routing_app_coverages: Namespace[RoutingAppCoverages] = Namespace(
        "routing_app_coverages", "RoutingAppCoverages"
    )
    sales_reports: Namespace[SalesReports] = Namespace("sales_reports", "SalesReports")
    sandbox_testers_clear_purchase_history_request_v2: Namespace[
        SandboxTestersClearPurchaseHistoryRequestV2
    ] = Namespace(
        "sandbox_testers_clear_purchase_history_request_v2", "SandboxTestersClearPurchaseHistoryRequestV2"
    )
    sandbox_testers_v2: Namespace[SandboxTestersV2] = Namespace("sandbox_testers_v2", "SandboxTestersV2")
    scm_git_references: Namespace[ScmGitReferences] = Namespace("scm_git_references", "ScmGitReferences")
    scm_providers: Namespace[ScmProviders] = Namespace("scm_providers", "ScmProviders")
    scm_pull_requests: Namespace[ScmPullRequests] = Namespace("scm_pull_requests", "ScmPullRequests")
    scm_repositories: Namespace[ScmRepositories] = Namespace("scm_repositories", "ScmRepositories")
    subscription_app_store_review_screenshots: Namespace[SubscriptionAppStoreReviewScreenshots] = Namespace(
        "subscription_app_store_review_screenshots", "SubscriptionAppStoreReviewScreenshots"
    )
    subscription_availabilities: Namespace[SubscriptionAvailabilities] = Namespace(
        "subscription_availabilities", "SubscriptionAvailabilities"
    )
    subscription_grace_periods: Namespace[SubscriptionGracePeriods] = Namespace(
        "subscription_grace_periods", "SubscriptionGracePeriods"
    )
    subscription_group_localizations: Namespace[SubscriptionGroupLocalizations] = Namespace(
        "subscription_group_localizations", "SubscriptionGroupLocalizations"
    )
    subscription_group_localizations_v2: Namespace[SubscriptionGroupLocalizationsV2] = Namespace(
        "subscription_group_localizations_v2", "SubscriptionGroupLocalizationsV2"
    )
    subscription_group_submissions: Namespace[SubscriptionGroupSubmissions] = Namespace(
        "subscription_group_submissions", "SubscriptionGroupSubmissions"
    )
    subscription_group_versions: Namespace[SubscriptionGroupVersions] = Namespace(
        "subscription_group_versions", "SubscriptionGroupVersions"
    )
    subscription_groups: Namespace[SubscriptionGroups] = Namespace(
        "subscription_groups", "SubscriptionGroups"
    )
    subscription_images: Namespace[SubscriptionImages] = Namespace(
        "subscription_images", "SubscriptionImages"
    )
    subscription_images_v2: Namespace[SubscriptionImagesV2] = Namespace(
        "subscription_images_v2", "SubscriptionImagesV2"
    )
    subscription_introductory_offers: Namespace[SubscriptionIntroductoryOffers] = Namespace(
        "subscription_introductory_offers", "SubscriptionIntroductoryOffers"
    )
    subscription_localizations: Namespace[SubscriptionLocalizations] = Namespace(
        "subscription_localizations", "SubscriptionLocalizations"
    )
    subscription_localizations_v2: Namespace[SubscriptionLocalizationsV2] = Namespace(
        "subscription_localizations_v2", "SubscriptionLocalizationsV2"
    )
    subscription_offer_code_custom_codes: Namespace[SubscriptionOfferCodeCustomCodes] = Namespace(
        "subscription_offer_code_custom_codes", "SubscriptionOfferCodeCustomCodes"
    )
    subscription_offer_code_one_time_use_codes: Namespace[SubscriptionOfferCodeOneTimeUseCodes] = Namespace(
        "subscription_offer_code_one_time_use_codes", "SubscriptionOfferCodeOneTimeUseCodes"
    )
    subscription_offer_codes: Namespace[SubscriptionOfferCodes] = Namespace(
        "subscription_offer_codes", "SubscriptionOfferCodes"
    )
    subscription_plan_availabilities: Namespace[SubscriptionPlanAvailabilities] = Namespace(
        "subscription_plan_availabilities", "SubscriptionPlanAvailabilities"
    )
    subscription_price_points: Namespace[SubscriptionPricePoints] = Namespace(
        "subscription_price_points", "SubscriptionPricePoints"
    )
    subscription_prices: Namespace[SubscriptionPrices] = Namespace(
        "subscription_prices", "SubscriptionPrices"
    )
    subscription_promotional_offers: Namespace[SubscriptionPromotionalOffers] = Namespace(
        "subscription_promotional_offers", "SubscriptionPromotionalOffers"
    )
    subscription_submissions: Namespace[SubscriptionSubmissions] = Namespace(
        "subscription_submissions", "SubscriptionSubmissions"
    )
    subscription_versions: Namespace[SubscriptionVersions] = Namespace(
        "subscription_versions", "SubscriptionVersions"
    )
    subscriptions: Namespace[Subscriptions] = Namespace("subscriptions", "Subscriptions")
    territories: Namespace[Territories] = Namespace("territories", "Territories")
    territory_availabilities: Namespace[TerritoryAvailabilities] = Namespace(
        "territory_availabilities", "TerritoryAvailabilities"
    )
    user_invitations: Namespace[UserInvitations] = Namespace("user_invitations", "UserInvitations")
    users: Namespace[Users] = Namespace("users", "Users")
    webhook_deliveries: Namespace[WebhookDeliveries] = Namespace("webhook_deliveries", "WebhookDeliveries")
    webhook_pings: Namespace[WebhookPings] = Namespace("webhook_pings", "WebhookPings")
    webhooks: Namespace[Webhooks] = Namespace("webhooks", "Webhooks")
    win_back_offers: Namespace[WinBackOffers] = Namespace("win_back_offers", "WinBackOffers")


class AsyncResources:
    """The namespaces of AsyncAppStoreConnect."""

    accessibility_declarations: Namespace[AsyncAccessibilityDeclarations] = Namespace(
        "accessibility_declarations", "AsyncAccessibilityDeclarations"
    )
    actors: Namespace[AsyncActors] = Namespace("actors", "AsyncActors")
    age_rating_declarations: Namespace[AsyncAgeRatingDeclarations] = Namespace(
        "age_rating_declarations", "AsyncAgeRatingDeclarations"
    )
    alternative_distribution_domains: Namespace[AsyncAlternativeDistributionDomains] = Namespace(
        "alternative_distribution_domains", "AsyncAlternativeDistributionDomains"
    )
    alternative_distribution_keys: Namespace[AsyncAlternativeDistributionKeys] = Namespace(
        "alternative_distribution_keys", "AsyncAlternativeDistributionKeys"
    )
    alternative_distribution_package_deltas: Namespace[AsyncAlternativeDistributionPackageDeltas] = Namespace(
        "alternative_distribution_package_deltas", "AsyncAlternativeDistributionPackageDeltas"
    )
    alternative_distribution_package_variants: Namespace[AsyncAlternativeDistributionPackageVariants] = (
        Namespace("alternative_distribution_package_variants", "AsyncAlternativeDistributionPackageVariants")
    )
    alternative_distribution_package_versions: Namespace[AsyncAlternativeDistributionPackageVersions] = (
        Namespace("alternative_distribution_package_versions", "AsyncAlternativeDistributionPackageVersions")
    )
    alternative_distribution_packages: Namespace[AsyncAlternativeDistributionPackages] = Namespace(
        "alternative_distribution_packages", "AsyncAlternativeDistributionPackages"
    )
    analytics_report_instances: Namespace[AsyncAnalyticsReportInstances] = Namespace(
        "analytics_report_instances", "AsyncAnalyticsReportInstances"
    )
    analytics_report_requests: Namespace[AsyncAnalyticsReportRequests] = Namespace(
        "analytics_report_requests", "AsyncAnalyticsReportRequests"
    )
    analytics_report_segments: Namespace[AsyncAnalyticsReportSegments] = Namespace(
        "analytics_report_segments", "AsyncAnalyticsReportSegments"
    )
    analytics_reports: Namespace[AsyncAnalyticsReports] = Namespace(
        "analytics_reports", "AsyncAnalyticsReports"
    )
    android_to_ios_app_mapping_details: Namespace[AsyncAndroidToIosAppMappingDetails] = Namespace(
        "android_to_ios_app_mapping_details", "AsyncAndroidToIosAppMappingDetails"
    )
    app_availabilities_v2: Namespace[AsyncAppAvailabilitiesV2] = Namespace(
        "app_availabilities_v2", "AsyncAppAvailabilitiesV2"
    )
    app_categories: Namespace[AsyncAppCategories] = Namespace("app_categories", "AsyncAppCategories")
    app_clip_advanced_experience_images: Namespace[AsyncAppClipAdvancedExperienceImages] = Namespace(
        "app_clip_advanced_experience_images", "AsyncAppClipAdvancedExperienceImages"
    )
    app_clip_advanced_experiences: Namespace[AsyncAppClipAdvancedExperiences] = Namespace(
        "app_clip_advanced_experiences", "AsyncAppClipAdvancedExperiences"
    )
    app_clip_app_store_review_details: Namespace[AsyncAppClipAppStoreReviewDetails] = Namespace(
        "app_clip_app_store_review_details", "AsyncAppClipAppStoreReviewDetails"
    )
    app_clip_default_experience_localizations: Namespace[AsyncAppClipDefaultExperienceLocalizations] = (
        Namespace("app_clip_default_experience_localizations", "AsyncAppClipDefaultExperienceLocalizations")
    )
    app_clip_default_experiences: Namespace[AsyncAppClipDefaultExperiences] = Namespace(
        "app_clip_default_experiences", "AsyncAppClipDefaultExperiences"
    )
    app_clip_header_images: Namespace[AsyncAppClipHeaderImages] = Namespace(
        "app_clip_header_images", "AsyncAppClipHeaderImages"
    )
    app_clips: Namespace[AsyncAppClips] = Namespace("app_clips", "AsyncAppClips")
    app_custom_product_page_localizations: Namespace[AsyncAppCustomProductPageLocalizations] = Namespace(
        "app_custom_product_page_localizations", "AsyncAppCustomProductPageLocalizations"
    )
    app_custom_product_page_versions: Namespace[AsyncAppCustomProductPageVersions] = Namespace(
        "app_custom_product_page_versions", "AsyncAppCustomProductPageVersions"
    )
    app_custom_product_pages: Namespace[AsyncAppCustomProductPages] = Namespace(
        "app_custom_product_pages", "AsyncAppCustomProductPages"
    )
    app_encryption_declaration_documents: Namespace[AsyncAppEncryptionDeclarationDocuments] = Namespace(
        "app_encryption_declaration_documents", "AsyncAppEncryptionDeclarationDocuments"
    )
    app_encryption_declarations: Namespace[AsyncAppEncryptionDeclarations] = Namespace(
        "app_encryption_declarations", "AsyncAppEncryptionDeclarations"
    )
    app_event_localizations: Namespace[AsyncAppEventLocalizations] = Namespace(
        "app_event_localizations", "AsyncAppEventLocalizations"
    )
    app_event_screenshots: Namespace[AsyncAppEventScreenshots] = Namespace(
        "app_event_screenshots", "AsyncAppEventScreenshots"
    )
    app_event_video_clips: Namespace[AsyncAppEventVideoClips] = Namespace(
        "app_event_video_clips", "AsyncAppEventVideoClips"
    )
    app_events: Namespace[AsyncAppEvents] = Namespace("app_events", "AsyncAppEvents")
    app_info_localizations: Namespace[AsyncAppInfoLocalizations] = Namespace(
        "app_info_localizations", "AsyncAppInfoLocalizations"
    )
    app_infos: Namespace[AsyncAppInfos] = Namespace("app_infos", "AsyncAppInfos")
    app_preview_sets: Namespace[AsyncAppPreviewSets] = Namespace("app_preview_sets", "AsyncAppPreviewSets")
    app_previews: Namespace[AsyncAppPreviews] = Namespace("app_previews", "AsyncAppPreviews")
    app_price_points_v3: Namespace[AsyncAppPricePointsV3] = Namespace(
        "app_price_points_v3", "AsyncAppPricePointsV3"
    )
    app_price_schedules: Namespace[AsyncAppPriceSchedules] = Namespace(
        "app_price_schedules", "AsyncAppPriceSchedules"
    )
    app_screenshot_sets: Namespace[AsyncAppScreenshotSets] = Namespace(
        "app_screenshot_sets", "AsyncAppScreenshotSets"
    )
    app_screenshots: Namespace[AsyncAppScreenshots] = Namespace("app_screenshots", "AsyncAppScreenshots")
    app_store_review_attachments: Namespace[AsyncAppStoreReviewAttachments] = Namespace(
        "app_store_review_attachments", "AsyncAppStoreReviewAttachments"
    )
    app_store_review_details: Namespace[AsyncAppStoreReviewDetails] = Namespace(
        "app_store_review_details", "AsyncAppStoreReviewDetails"
    )
    app_store_version_experiment_treatment_localizations: Namespace[
        AsyncAppStoreVersionExperimentTreatmentLocalizations
    ] = Namespace(
        "app_store_version_experiment_treatment_localizations",
        "AsyncAppStoreVersionExperimentTreatmentLocalizations",
    )
    app_store_version_experiment_treatments: Namespace[AsyncAppStoreVersionExperimentTreatments] = Namespace(
        "app_store_version_experiment_treatments", "AsyncAppStoreVersionExperimentTreatments"
    )
    app_store_version_experiments: Namespace[AsyncAppStoreVersionExperiments] = Namespace(
        "app_store_version_experiments", "AsyncAppStoreVersionExperiments"
    )
    app_store_version_experiments_v2: Namespace[AsyncAppStoreVersionExperimentsV2] = Namespace(
        "app_store_version_experiments_v2", "AsyncAppStoreVersionExperimentsV2"
    )
    app_store_version_localizations: Namespace[AsyncAppStoreVersionLocalizations] = Namespace(
        "app_store_version_localizations", "AsyncAppStoreVersionLocalizations"
    )
    app_store_version_phased_releases: Namespace[AsyncAppStoreVersionPhasedReleases] = Namespace(
        "app_store_version_phased_releases", "AsyncAppStoreVersionPhasedReleases"
    )
    app_store_version_promotions: Namespace[AsyncAppStoreVersionPromotions] = Namespace(
        "app_store_version_promotions", "AsyncAppStoreVersionPromotions"
    )
    app_store_version_release_requests: Namespace[AsyncAppStoreVersionReleaseRequests] = Namespace(
        "app_store_version_release_requests", "AsyncAppStoreVersionReleaseRequests"
    )
    app_store_version_submissions: Namespace[AsyncAppStoreVersionSubmissions] = Namespace(
        "app_store_version_submissions", "AsyncAppStoreVersionSubmissions"
    )
    app_store_versions: Namespace[AsyncAppStoreVersions] = Namespace(
        "app_store_versions", "AsyncAppStoreVersions"
    )
    app_tags: Namespace[AsyncAppTags] = Namespace("app_tags", "AsyncAppTags")
    apps: Namespace[AsyncApps] = Namespace("apps", "AsyncApps")
    background_asset_upload_files: Namespace[AsyncBackgroundAssetUploadFiles] = Namespace(
        "background_asset_upload_files", "AsyncBackgroundAssetUploadFiles"
    )
    background_asset_version_app_store_releases: Namespace[AsyncBackgroundAssetVersionAppStoreReleases] = (
        Namespace(
            "background_asset_version_app_store_releases", "AsyncBackgroundAssetVersionAppStoreReleases"
        )
    )
    background_asset_version_external_beta_releases: Namespace[
        AsyncBackgroundAssetVersionExternalBetaReleases
    ] = Namespace(
        "background_asset_version_external_beta_releases", "AsyncBackgroundAssetVersionExternalBetaReleases"
    )
    background_asset_version_internal_beta_releases: Namespace[
        AsyncBackgroundAssetVersionInternalBetaReleases
    ] = Namespace(
        "background_asset_version_internal_beta_releases", "AsyncBackgroundAssetVersionInternalBetaReleases"
    )
    background_asset_versions: Namespace[AsyncBackgroundAssetVersions] = Namespace(
        "background_asset_versions", "AsyncBackgroundAssetVersions"
    )
    background_assets: Namespace[AsyncBackgroundAssets] = Namespace(
        "background_assets", "AsyncBackgroundAssets"
    )
    beta_app_clip_invocation_localizations: Namespace[AsyncBetaAppClipInvocationLocalizations] = Namespace(
        "beta_app_clip_invocation_localizations", "AsyncBetaAppClipInvocationLocalizations"
    )
    beta_app_clip_invocations: Namespace[AsyncBetaAppClipInvocations] = Namespace(
        "beta_app_clip_invocations", "AsyncBetaAppClipInvocations"
    )
    beta_app_localizations: Namespace[AsyncBetaAppLocalizations] = Namespace(
        "beta_app_localizations", "AsyncBetaAppLocalizations"
    )
    beta_app_review_details: Namespace[AsyncBetaAppReviewDetails] = Namespace(
        "beta_app_review_details", "AsyncBetaAppReviewDetails"
    )
    beta_app_review_submissions: Namespace[AsyncBetaAppReviewSubmissions] = Namespace(
        "beta_app_review_submissions", "AsyncBetaAppReviewSubmissions"
    )
    beta_build_localizations: Namespace[AsyncBetaBuildLocalizations] = Namespace(
        "beta_build_localizations", "AsyncBetaBuildLocalizations"
    )
    beta_crash_logs: Namespace[AsyncBetaCrashLogs] = Namespace("beta_crash_logs", "AsyncBetaCrashLogs")
    beta_feedback_crash_submissions: Namespace[AsyncBetaFeedbackCrashSubmissions] = Namespace(
        "beta_feedback_crash_submissions", "AsyncBetaFeedbackCrashSubmissions"
    )
    beta_feedback_screenshot_submissions: Namespace[AsyncBetaFeedbackScreenshotSubmissions] = Namespace(
        "beta_feedback_screenshot_submissions", "AsyncBetaFeedbackScreenshotSubmissions"
    )
    beta_groups: Namespace[AsyncBetaGroups] = Namespace("beta_groups", "AsyncBetaGroups")
    beta_license_agreements: Namespace[AsyncBetaLicenseAgreements] = Namespace(
        "beta_license_agreements", "AsyncBetaLicenseAgreements"
    )
    beta_recruitment_criteria: Namespace[AsyncBetaRecruitmentCriteria] = Namespace(
        "beta_recruitment_criteria", "AsyncBetaRecruitmentCriteria"
    )
    beta_recruitment_criterion_options: Namespace[AsyncBetaRecruitmentCriterionOptions] = Namespace(
        "beta_recruitment_criterion_options", "AsyncBetaRecruitmentCriterionOptions"
    )
    beta_tester_invitations: Namespace[AsyncBetaTesterInvitations] = Namespace(
        "beta_tester_invitations", "AsyncBetaTesterInvitations"
    )
    beta_testers: Namespace[AsyncBetaTesters] = Namespace("beta_testers", "AsyncBetaTesters")
    build_beta_details: Namespace[AsyncBuildBetaDetails] = Namespace(
        "build_beta_details", "AsyncBuildBetaDetails"
    )
    build_beta_notifications: Namespace[AsyncBuildBetaNotifications] = Namespace(
        "build_beta_notifications", "AsyncBuildBetaNotifications"
    )
    build_bundles: Namespace[AsyncBuildBundles] = Namespace("build_bundles", "AsyncBuildBundles")
    build_upload_files: Namespace[AsyncBuildUploadFiles] = Namespace(
        "build_upload_files", "AsyncBuildUploadFiles"
    )
    build_uploads: Namespace[AsyncBuildUploads] = Namespace("build_uploads", "AsyncBuildUploads")
    builds: Namespace[AsyncBuilds] = Namespace("builds", "AsyncBuilds")
    bundle_id_capabilities: Namespace[AsyncBundleIdCapabilities] = Namespace(
        "bundle_id_capabilities", "AsyncBundleIdCapabilities"
    )
    bundle_ids: Namespace[AsyncBundleIds] = Namespace("bundle_ids", "AsyncBundleIds")
    certificates: Namespace[AsyncCertificates] = Namespace("certificates", "AsyncCertificates")
    ci_artifacts: Namespace[AsyncCiArtifacts] = Namespace("ci_artifacts", "AsyncCiArtifacts")
    ci_build_actions: Namespace[AsyncCiBuildActions] = Namespace("ci_build_actions", "AsyncCiBuildActions")
    ci_build_runs: Namespace[AsyncCiBuildRuns] = Namespace("ci_build_runs", "AsyncCiBuildRuns")
    ci_issues: Namespace[AsyncCiIssues] = Namespace("ci_issues", "AsyncCiIssues")
    ci_mac_os_versions: Namespace[AsyncCiMacOsVersions] = Namespace(
        "ci_mac_os_versions", "AsyncCiMacOsVersions"
    )
    ci_products: Namespace[AsyncCiProducts] = Namespace("ci_products", "AsyncCiProducts")
    ci_test_results: Namespace[AsyncCiTestResults] = Namespace("ci_test_results", "AsyncCiTestResults")
    ci_workflows: Namespace[AsyncCiWorkflows] = Namespace("ci_workflows", "AsyncCiWorkflows")
    ci_xcode_versions: Namespace[AsyncCiXcodeVersions] = Namespace(
        "ci_xcode_versions", "AsyncCiXcodeVersions"
    )
    customer_review_responses: Namespace[AsyncCustomerReviewResponses] = Namespace(
        "customer_review_responses", "AsyncCustomerReviewResponses"
    )
    customer_reviews: Namespace[AsyncCustomerReviews] = Namespace("customer_reviews", "AsyncCustomerReviews")
    devices: Namespace[AsyncDevices] = Namespace("devices", "AsyncDevices")
    diagnostic_signatures: Namespace[AsyncDiagnosticSignatures] = Namespace(
        "diagnostic_signatures", "AsyncDiagnosticSignatures"
    )
    end_app_availability_pre_orders: Namespace[AsyncEndAppAvailabilityPreOrders] = Namespace(
        "end_app_availability_pre_orders", "AsyncEndAppAvailabilityPreOrders"
    )
    end_user_license_agreements: Namespace[AsyncEndUserLicenseAgreements] = Namespace(
        "end_user_license_agreements", "AsyncEndUserLicenseAgreements"
    )
    finance_reports: Namespace[AsyncFinanceReports] = Namespace("finance_reports", "AsyncFinanceReports")
    game_center_achievement_images: Namespace[AsyncGameCenterAchievementImages] = Namespace(
        "game_center_achievement_images", "AsyncGameCenterAchievementImages"
    )
    game_center_achievement_images_v2: Namespace[AsyncGameCenterAchievementImagesV2] = Namespace(
        "game_center_achievement_images_v2", "AsyncGameCenterAchievementImagesV2"
    )
    game_center_achievement_localizations: Namespace[AsyncGameCenterAchievementLocalizations] = Namespace(
        "game_center_achievement_localizations", "AsyncGameCenterAchievementLocalizations"
    )
    game_center_achievement_localizations_v2: Namespace[AsyncGameCenterAchievementLocalizationsV2] = (
        Namespace("game_center_achievement_localizations_v2", "AsyncGameCenterAchievementLocalizationsV2")
    )
    game_center_achievement_releases: Namespace[AsyncGameCenterAchievementReleases] = Namespace(
        "game_center_achievement_releases", "AsyncGameCenterAchievementReleases"
    )
    game_center_achievement_versions_v2: Namespace[AsyncGameCenterAchievementVersionsV2] = Namespace(
        "game_center_achievement_versions_v2", "AsyncGameCenterAchievementVersionsV2"
    )
    game_center_achievements: Namespace[AsyncGameCenterAchievements] = Namespace(
        "game_center_achievements", "AsyncGameCenterAchievements"
    )
    game_center_achievements_v2: Namespace[AsyncGameCenterAchievementsV2] = Namespace(
        "game_center_achievements_v2", "AsyncGameCenterAchievementsV2"
    )
    game_center_activities: Namespace[AsyncGameCenterActivities] = Namespace(
        "game_center_activities", "AsyncGameCenterActivities"
    )
    game_center_activity_images: Namespace[AsyncGameCenterActivityImages] = Namespace(
        "game_center_activity_images", "AsyncGameCenterActivityImages"
    )
    game_center_activity_localizations: Namespace[AsyncGameCenterActivityLocalizations] = Namespace(
        "game_center_activity_localizations", "AsyncGameCenterActivityLocalizations"
    )
    game_center_activity_version_releases: Namespace[AsyncGameCenterActivityVersionReleases] = Namespace(
        "game_center_activity_version_releases", "AsyncGameCenterActivityVersionReleases"
    )
    game_center_activity_versions: Namespace[AsyncGameCenterActivityVersions] = Namespace(
        "game_center_activity_versions", "AsyncGameCenterActivityVersions"
    )
    game_center_app_versions: Namespace[AsyncGameCenterAppVersions] = Namespace(
        "game_center_app_versions", "AsyncGameCenterAppVersions"
    )
    game_center_challenge_images: Namespace[AsyncGameCenterChallengeImages] = Namespace(
        "game_center_challenge_images", "AsyncGameCenterChallengeImages"
    )
    game_center_challenge_localizations: Namespace[AsyncGameCenterChallengeLocalizations] = Namespace(
        "game_center_challenge_localizations", "AsyncGameCenterChallengeLocalizations"
    )
    game_center_challenge_version_releases: Namespace[AsyncGameCenterChallengeVersionReleases] = Namespace(
        "game_center_challenge_version_releases", "AsyncGameCenterChallengeVersionReleases"
    )
    game_center_challenge_versions: Namespace[AsyncGameCenterChallengeVersions] = Namespace(
        "game_center_challenge_versions", "AsyncGameCenterChallengeVersions"
    )
    game_center_challenges: Namespace[AsyncGameCenterChallenges] = Namespace(
        "game_center_challenges", "AsyncGameCenterChallenges"
    )
    game_center_details: Namespace[AsyncGameCenterDetails] = Namespace(
        "game_center_details", "AsyncGameCenterDetails"
    )
    game_center_enabled_versions: Namespace[AsyncGameCenterEnabledVersions] = Namespace(
        "game_center_enabled_versions", "AsyncGameCenterEnabledVersions"
    )
    game_center_groups: Namespace[AsyncGameCenterGroups] = Namespace(
        "game_center_groups", "AsyncGameCenterGroups"
    )
    game_center_leaderboard_entry_submissions: Namespace[AsyncGameCenterLeaderboardEntrySubmissions] = (
        Namespace("game_center_leaderboard_entry_submissions", "AsyncGameCenterLeaderboardEntrySubmissions")
    )
    game_center_leaderboard_images: Namespace[AsyncGameCenterLeaderboardImages] = Namespace(
        "game_center_leaderboard_images", "AsyncGameCenterLeaderboardImages"
    )
    game_center_leaderboard_images_v2: Namespace[AsyncGameCenterLeaderboardImagesV2] = Namespace(
        "game_center_leaderboard_images_v2", "AsyncGameCenterLeaderboardImagesV2"
    )
    game_center_leaderboard_localizations: Namespace[AsyncGameCenterLeaderboardLocalizations] = Namespace(
        "game_center_leaderboard_localizations", "AsyncGameCenterLeaderboardLocalizations"
    )
    game_center_leaderboard_localizations_v2: Namespace[AsyncGameCenterLeaderboardLocalizationsV2] = (
        Namespace("game_center_leaderboard_localizations_v2", "AsyncGameCenterLeaderboardLocalizationsV2")
    )
    game_center_leaderboard_releases: Namespace[AsyncGameCenterLeaderboardReleases] = Namespace(
        "game_center_leaderboard_releases", "AsyncGameCenterLeaderboardReleases"
    )
    game_center_leaderboard_set_images: Namespace[AsyncGameCenterLeaderboardSetImages] = Namespace(
        "game_center_leaderboard_set_images", "AsyncGameCenterLeaderboardSetImages"
    )
    game_center_leaderboard_set_images_v2: Namespace[AsyncGameCenterLeaderboardSetImagesV2] = Namespace(
        "game_center_leaderboard_set_images_v2", "AsyncGameCenterLeaderboardSetImagesV2"
    )
    game_center_leaderboard_set_localizations: Namespace[AsyncGameCenterLeaderboardSetLocalizations] = (
        Namespace("game_center_leaderboard_set_localizations", "AsyncGameCenterLeaderboardSetLocalizations")
    )
    game_center_leaderboard_set_localizations_v2: Namespace[AsyncGameCenterLeaderboardSetLocalizationsV2] = (
        Namespace(
            "game_center_leaderboard_set_localizations_v2", "AsyncGameCenterLeaderboardSetLocalizationsV2"
        )
    )
    game_center_leaderboard_set_member_localizations: Namespace[
        AsyncGameCenterLeaderboardSetMemberLocalizations
    ] = Namespace(
        "game_center_leaderboard_set_member_localizations", "AsyncGameCenterLeaderboardSetMemberLocalizations"
    )
    game_center_leaderboard_set_releases: Namespace[AsyncGameCenterLeaderboardSetReleases] = Namespace(
        "game_center_leaderboard_set_releases", "AsyncGameCenterLeaderboardSetReleases"
    )
    game_center_leaderboard_set_versions_v2: Namespace[AsyncGameCenterLeaderboardSetVersionsV2] = Namespace(
        "game_center_leaderboard_set_versions_v2", "AsyncGameCenterLeaderboardSetVersionsV2"
    )
    game_center_leaderboard_sets: Namespace[AsyncGameCenterLeaderboardSets] = Namespace(
        "game_center_leaderboard_sets", "AsyncGameCenterLeaderboardSets"
    )
    game_center_leaderboard_sets_v2: Namespace[AsyncGameCenterLeaderboardSetsV2] = Namespace(
        "game_center_leaderboard_sets_v2", "AsyncGameCenterLeaderboardSetsV2"
    )
    game_center_leaderboard_versions_v2: Namespace[AsyncGameCenterLeaderboardVersionsV2] = Namespace(
        "game_center_leaderboard_versions_v2", "AsyncGameCenterLeaderboardVersionsV2"
    )
    game_center_leaderboards: Namespace[AsyncGameCenterLeaderboards] = Namespace(
        "game_center_leaderboards", "AsyncGameCenterLeaderboards"
    )
    game_center_leaderboards_v2: Namespace[AsyncGameCenterLeaderboardsV2] = Namespace(
        "game_center_leaderboards_v2", "AsyncGameCenterLeaderboardsV2"
    )
    game_center_matchmaking_queues: Namespace[AsyncGameCenterMatchmakingQueues] = Namespace(
        "game_center_matchmaking_queues", "AsyncGameCenterMatchmakingQueues"
    )
    game_center_matchmaking_rule_set_tests: Namespace[AsyncGameCenterMatchmakingRuleSetTests] = Namespace(
        "game_center_matchmaking_rule_set_tests", "AsyncGameCenterMatchmakingRuleSetTests"
    )
    game_center_matchmaking_rule_sets: Namespace[AsyncGameCenterMatchmakingRuleSets] = Namespace(
        "game_center_matchmaking_rule_sets", "AsyncGameCenterMatchmakingRuleSets"
    )
    game_center_matchmaking_rules: Namespace[AsyncGameCenterMatchmakingRules] = Namespace(
        "game_center_matchmaking_rules", "AsyncGameCenterMatchmakingRules"
    )
    game_center_matchmaking_teams: Namespace[AsyncGameCenterMatchmakingTeams] = Namespace(
        "game_center_matchmaking_teams", "AsyncGameCenterMatchmakingTeams"
    )
    game_center_player_achievement_submissions: Namespace[AsyncGameCenterPlayerAchievementSubmissions] = (
        Namespace("game_center_player_achievement_submissions", "AsyncGameCenterPlayerAchievementSubmissions")
    )
    in_app_purchase_app_store_review_screenshots: Namespace[AsyncInAppPurchaseAppStoreReviewScreenshots] = (
        Namespace(
            "in_app_purchase_app_store_review_screenshots", "AsyncInAppPurchaseAppStoreReviewScreenshots"
        )
    )
    in_app_purchase_availabilities: Namespace[AsyncInAppPurchaseAvailabilities] = Namespace(
        "in_app_purchase_availabilities", "AsyncInAppPurchaseAvailabilities"
    )
    in_app_purchase_contents: Namespace[AsyncInAppPurchaseContents] = Namespace(
        "in_app_purchase_contents", "AsyncInAppPurchaseContents"
    )
    in_app_purchase_images: Namespace[AsyncInAppPurchaseImages] = Namespace(
        "in_app_purchase_images", "AsyncInAppPurchaseImages"
    )
    in_app_purchase_images_v2: Namespace[AsyncInAppPurchaseImagesV2] = Namespace(
        "in_app_purchase_images_v2", "AsyncInAppPurchaseImagesV2"
    )
    in_app_purchase_localizations: Namespace[AsyncInAppPurchaseLocalizations] = Namespace(
        "in_app_purchase_localizations", "AsyncInAppPurchaseLocalizations"
    )
    in_app_purchase_localizations_v2: Namespace[AsyncInAppPurchaseLocalizationsV2] = Namespace(
        "in_app_purchase_localizations_v2", "AsyncInAppPurchaseLocalizationsV2"
    )
    in_app_purchase_offer_code_custom_codes: Namespace[AsyncInAppPurchaseOfferCodeCustomCodes] = Namespace(
        "in_app_purchase_offer_code_custom_codes", "AsyncInAppPurchaseOfferCodeCustomCodes"
    )
    in_app_purchase_offer_code_one_time_use_codes: Namespace[AsyncInAppPurchaseOfferCodeOneTimeUseCodes] = (
        Namespace(
            "in_app_purchase_offer_code_one_time_use_codes", "AsyncInAppPurchaseOfferCodeOneTimeUseCodes"
        )
    )
    in_app_purchase_offer_codes: Namespace[AsyncInAppPurchaseOfferCodes] = Namespace(
        "in_app_purchase_offer_codes", "AsyncInAppPurchaseOfferCodes"
    )
    in_app_purchase_price_points: Namespace[AsyncInAppPurchasePricePoints] = Namespace(
        "in_app_purchase_price_points", "AsyncInAppPurchasePricePoints"
    )
    in_app_purchase_price_schedules: Namespace[AsyncInAppPurchasePriceSchedules] = Namespace(
        "in_app_purchase_price_schedules", "AsyncInAppPurchasePriceSchedules"
    )
    in_app_purchase_submissions: Namespace[AsyncInAppPurchaseSubmissions] = Namespace(
        "in_app_purchase_submissions", "AsyncInAppPurchaseSubmissions"
    )
    in_app_purchase_versions: Namespace[AsyncInAppPurchaseVersions] = Namespace(
        "in_app_purchase_versions", "AsyncInAppPurchaseVersions"
    )
    in_app_purchases: Namespace[AsyncInAppPurchases] = Namespace("in_app_purchases", "AsyncInAppPurchases")
    in_app_purchases_v2: Namespace[AsyncInAppPurchasesV2] = Namespace(
        "in_app_purchases_v2", "AsyncInAppPurchasesV2"
    )
    marketplace_search_details: Namespace[AsyncMarketplaceSearchDetails] = Namespace(
        "marketplace_search_details", "AsyncMarketplaceSearchDetails"
    )
    marketplace_webhooks: Namespace[AsyncMarketplaceWebhooks] = Namespace(
        "marketplace_webhooks", "AsyncMarketplaceWebhooks"
    )
    merchant_ids: Namespace[AsyncMerchantIds] = Namespace("merchant_ids", "AsyncMerchantIds")
    nominations: Namespace[AsyncNominations] = Namespace("nominations", "AsyncNominations")
    pass_type_ids: Namespace[AsyncPassTypeIds] = Namespace("pass_type_ids", "AsyncPassTypeIds")
    pre_release_versions: Namespace[AsyncPreReleaseVersions] = Namespace(
        "pre_release_versions", "AsyncPreReleaseVersions"
    )
    profiles: Namespace[AsyncProfiles] = Namespace("profiles", "AsyncProfiles")
    promoted_purchases: Namespace[AsyncPromotedPurchases] = Namespace(
        "promoted_purchases", "AsyncPromotedPurchases"
    )
    review_submission_items: Namespace[AsyncReviewSubmissionItems] = Namespace(
        "review_submission_items", "AsyncReviewSubmissionItems"
    )
    review_submissions: Namespace[AsyncReviewSubmissions] = Namespace(
        "review_submissions", "AsyncReviewSubmissions"
    )
    routing_app_coverages: Namespace[AsyncRoutingAppCoverages] = Namespace(
        "routing_app_coverages", "AsyncRoutingAppCoverages"
    )
    sales_reports: Namespace[AsyncSalesReports] = Namespace("sales_reports", "AsyncSalesReports")
    sandbox_testers_clear_purchase_history_request_v2: Namespace[
        AsyncSandboxTestersClearPurchaseHistoryRequestV2
    ] = Namespace(
        "sandbox_testers_clear_purchase_history_request_v2",
        "AsyncSandboxTestersClearPurchaseHistoryRequestV2",
    )
    sandbox_testers_v2: Namespace[AsyncSandboxTestersV2] = Namespace(
        "sandbox_testers_v2", "AsyncSandboxTestersV2"
    )
    scm_git_references: Namespace[AsyncScmGitReferences] = Namespace(
        "scm_git_references", "AsyncScmGitReferences"
    )
    scm_providers: Namespace[AsyncScmProviders] = Namespace("scm_providers", "AsyncScmProviders")
    scm_pull_requests: Namespace[AsyncScmPullRequests] = Namespace(
        "scm_pull_requests", "AsyncScmPullRequests"
    )
    scm_repositories: Namespace[AsyncScmRepositories] = Namespace("scm_repositories", "AsyncScmRepositories")
    subscription_app_store_review_screenshots: Namespace[AsyncSubscriptionAppStoreReviewScreenshots] = (
        Namespace("subscription_app_store_review_screenshots", "AsyncSubscriptionAppStoreReviewScreenshots")
    )
    subscription_availabilities: Namespace[AsyncSubscriptionAvailabilities] = Namespace(
        "subscription_availabilities", "AsyncSubscriptionAvailabilities"
    )
    subscription_grace_periods: Namespace[AsyncSubscriptionGracePeriods] = Namespace(
        "subscription_grace_periods", "AsyncSubscriptionGracePeriods"
    )
    subscription_group_localizations: Namespace[AsyncSubscriptionGroupLocalizations] = Namespace(
        "subscription_group_localizations", "AsyncSubscriptionGroupLocalizations"
    )
    subscription_group_localizations_v2: Namespace[AsyncSubscriptionGroupLocalizationsV2] = Namespace(
        "subscription_group_localizations_v2", "AsyncSubscriptionGroupLocalizationsV2"
    )
    subscription_group_submissions: Namespace[AsyncSubscriptionGroupSubmissions] = Namespace(
        "subscription_group_submissions", "AsyncSubscriptionGroupSubmissions"
    )
    subscription_group_versions: Namespace[AsyncSubscriptionGroupVersions] = Namespace(
        "subscription_group_versions", "AsyncSubscriptionGroupVersions"
    )
    subscription_groups: Namespace[AsyncSubscriptionGroups] = Namespace(
        "subscription_groups", "AsyncSubscriptionGroups"
    )
    subscription_images: Namespace[AsyncSubscriptionImages] = Namespace(
        "subscription_images", "AsyncSubscriptionImages"
    )
    subscription_images_v2: Namespace[AsyncSubscriptionImagesV2] = Namespace(
        "subscription_images_v2", "AsyncSubscriptionImagesV2"
    )
    subscription_introductory_offers: Namespace[AsyncSubscriptionIntroductoryOffers] = Namespace(
        "subscription_introductory_offers", "AsyncSubscriptionIntroductoryOffers"
    )
    subscription_localizations: Namespace[AsyncSubscriptionLocalizations] = Namespace(
        "subscription_localizations", "AsyncSubscriptionLocalizations"
    )
    subscription_localizations_v2: Namespace[AsyncSubscriptionLocalizationsV2] = Namespace(
        "subscription_localizations_v2", "AsyncSubscriptionLocalizationsV2"
    )
    subscription_offer_code_custom_codes: Namespace[AsyncSubscriptionOfferCodeCustomCodes] = Namespace(
        "subscription_offer_code_custom_codes", "AsyncSubscriptionOfferCodeCustomCodes"
    )
    subscription_offer_code_one_time_use_codes: Namespace[AsyncSubscriptionOfferCodeOneTimeUseCodes] = (
        Namespace("subscription_offer_code_one_time_use_codes", "AsyncSubscriptionOfferCodeOneTimeUseCodes")
    )
    subscription_offer_codes: Namespace[AsyncSubscriptionOfferCodes] = Namespace(
        "subscription_offer_codes", "AsyncSubscriptionOfferCodes"
    )
    subscription_plan_availabilities: Namespace[AsyncSubscriptionPlanAvailabilities] = Namespace(
        "subscription_plan_availabilities", "AsyncSubscriptionPlanAvailabilities"
    )
    subscription_price_points: Namespace[AsyncSubscriptionPricePoints] = Namespace(
        "subscription_price_points", "AsyncSubscriptionPricePoints"
    )
    subscription_prices: Namespace[AsyncSubscriptionPrices] = Namespace(
        "subscription_prices", "AsyncSubscriptionPrices"
    )
    subscription_promotional_offers: Namespace[AsyncSubscriptionPromotionalOffers] = Namespace(
        "subscription_promotional_offers", "AsyncSubscriptionPromotionalOffers"
    )
    subscription_submissions: Namespace[AsyncSubscriptionSubmissions] = Namespace(
        "subscription_submissions", "AsyncSubscriptionSubmissions"
    )
    subscription_versions: Namespace[AsyncSubscriptionVersions] = Namespace(
        "subscription_versions", "AsyncSubscriptionVersions"
    )
    subscriptions: Namespace[AsyncSubscriptions] = Namespace("subscriptions", "AsyncSubscriptions")
    territories: Namespace[AsyncTerritories] = Namespace("territories", "AsyncTerritories")
    territory_availabilities: Namespace[AsyncTerritoryAvailabilities] = Namespace(
        "territory_availabilities", "AsyncTerritoryAvailabilities"
    )
    user_invitations: Namespace[AsyncUserInvitations] = Namespace("user_invitations", "AsyncUserInvitations")
    users: Namespace[AsyncUsers] = Namespace("users", "AsyncUsers")
    webhook_deliveries: Namespace[AsyncWebhookDeliveries] = Namespace(
        "webhook_deliveries", "AsyncWebhookDeliveries"
    )
    webhook_pings: Namespace[AsyncWebhookPings] = Namespace("webhook_pings", "AsyncWebhookPings")
    webhooks: Namespace[AsyncWebhooks] = Namespace("webhooks", "AsyncWebhooks")
    win_back_offers: Namespace[AsyncWinBackOffers] = Namespace("win_back_offers", "AsyncWinBackOffers")
