"""The resource types the sandbox serves: paths, attribute names as in Apple's OpenAPI file, relationships."""

from __future__ import annotations

from ._store import Relationship, ResourceType

R = Relationship

TYPES: tuple[ResourceType, ...] = (
    ResourceType(
        "apps",
        "/v1/apps",
        (
            "accessibilityUrl",
            "name",
            "bundleId",
            "sku",
            "primaryLocale",
            "isOrEverWasMadeForKids",
            "subscriptionStatusUrl",
            "subscriptionStatusUrlVersion",
            "subscriptionStatusUrlForSandbox",
            "subscriptionStatusUrlVersionForSandbox",
            "contentRightsDeclaration",
            "streamlinedPurchasingEnabled",
        ),
        (
            R("betaGroups", "betaGroups", to_many=True, inverse="app"),
            R("appStoreVersions", "appStoreVersions", to_many=True, inverse="app"),
            R("preReleaseVersions", "preReleaseVersions", to_many=True, inverse="app"),
            R("builds", "builds", to_many=True, inverse="app"),
            R("inAppPurchasesV2", "inAppPurchases", to_many=True, inverse="app"),
            R("analyticsReportRequests", "analyticsReportRequests", to_many=True, inverse="app"),
            R("buildUploads", "buildUploads", to_many=True, inverse="app"),
        ),
        listable=True,
    ),
    ResourceType(
        "builds",
        "/v1/builds",
        (
            "version",
            "uploadedDate",
            "expirationDate",
            "expired",
            "minOsVersion",
            "lsMinimumSystemVersion",
            "computedMinMacOsVersion",
            "computedMinVisionOsVersion",
            "iconAssetToken",
            "processingState",
            "buildAudienceType",
            "usesNonExemptEncryption",
        ),
        (
            R("preReleaseVersion", "preReleaseVersions", to_many=False),
            R("betaGroups", "betaGroups", to_many=True, served=False),
            R("app", "apps", to_many=False),
            R("buildUpload", "buildUploads", to_many=False, inverse="build", served=False),
        ),
        listable=True,
    ),
    ResourceType(
        "preReleaseVersions",
        "/v1/preReleaseVersions",
        ("version", "platform"),
        (
            R("builds", "builds", to_many=True, inverse="preReleaseVersion"),
            R("app", "apps", to_many=False),
        ),
        listable=True,
    ),
    ResourceType(
        "betaGroups",
        "/v1/betaGroups",
        (
            "name",
            "createdDate",
            "isInternalGroup",
            "hasAccessToAllBuilds",
            "publicLinkEnabled",
            "publicLinkId",
            "publicLinkLimitEnabled",
            "publicLinkLimit",
            "publicLink",
            "feedbackEnabled",
            "iosBuildsAvailableForAppleSiliconMac",
            "iosBuildsAvailableForAppleVision",
        ),
        (
            R("app", "apps", to_many=False),
            R("builds", "builds", to_many=True, inverse="betaGroups"),
            R("betaTesters", "betaTesters", to_many=True, inverse="betaGroups"),
        ),
        listable=True,
    ),
    ResourceType(
        "betaTesters",
        "/v1/betaTesters",
        ("firstName", "lastName", "email", "inviteType", "state", "appDevices"),
        (
            R("apps", "apps", to_many=True),
            R("betaGroups", "betaGroups", to_many=True),
        ),
        listable=True,
    ),
    ResourceType(
        "appStoreVersions",
        "/v1/appStoreVersions",
        (
            "platform",
            "versionString",
            "appStoreState",
            "appVersionState",
            "copyright",
            "reviewType",
            "releaseType",
            "earliestReleaseDate",
            "usesIdfa",
            "downloadable",
            "createdDate",
        ),
        (
            R("app", "apps", to_many=False, served=False),
            R(
                "appStoreVersionLocalizations",
                "appStoreVersionLocalizations",
                to_many=True,
                inverse="appStoreVersion",
            ),
            R("build", "builds", to_many=False),
        ),
    ),
    ResourceType(
        "appStoreVersionLocalizations",
        "/v1/appStoreVersionLocalizations",
        ("description", "locale", "keywords", "marketingUrl", "promotionalText", "supportUrl", "whatsNew"),
        (
            R("appStoreVersion", "appStoreVersions", to_many=False, served=False),
            R("appScreenshotSets", "appScreenshotSets", to_many=True, inverse="appStoreVersionLocalization"),
        ),
    ),
    ResourceType(
        "appScreenshotSets",
        "/v1/appScreenshotSets",
        ("screenshotDisplayType",),
        (
            R("appStoreVersionLocalization", "appStoreVersionLocalizations", to_many=False, served=False),
            R("appScreenshots", "appScreenshots", to_many=True, inverse="appScreenshotSet"),
        ),
    ),
    ResourceType(
        "appScreenshots",
        "/v1/appScreenshots",
        (
            "fileSize",
            "fileName",
            "sourceFileChecksum",
            "imageAsset",
            "assetToken",
            "assetType",
            "uploadOperations",
            "assetDeliveryState",
        ),
        (R("appScreenshotSet", "appScreenshotSets", to_many=False, served=False),),
    ),
    ResourceType(
        "inAppPurchases",
        "/v2/inAppPurchases",
        ("name", "productId", "inAppPurchaseType", "state", "reviewNote", "familySharable", "contentHosting"),
    ),
    ResourceType(
        "analyticsReportRequests",
        "/v1/analyticsReportRequests",
        ("accessType", "stoppedDueToInactivity"),
        (R("reports", "analyticsReports", to_many=True, inverse="request"),),
    ),
    ResourceType(
        "analyticsReports",
        "/v1/analyticsReports",
        ("name", "category"),
        (R("instances", "analyticsReportInstances", to_many=True, inverse="report"),),
    ),
    ResourceType(
        "analyticsReportInstances",
        "/v1/analyticsReportInstances",
        ("granularity", "processingDate"),
        (R("segments", "analyticsReportSegments", to_many=True, inverse="instance"),),
    ),
    ResourceType(
        "analyticsReportSegments", "/v1/analyticsReportSegments", ("checksum", "sizeInBytes", "url")
    ),
    ResourceType(
        "buildUploads",
        "/v1/buildUploads",
        ("cfBundleShortVersionString", "cfBundleVersion", "createdDate", "state", "platform", "uploadedDate"),
        (
            R("build", "builds", to_many=False, served=False),
            R("assetFile", "buildUploadFiles", to_many=False, served=False),
            R("buildUploadFiles", "buildUploadFiles", to_many=True, inverse="buildUpload"),
        ),
    ),
    ResourceType(
        "buildUploadFiles",
        "/v1/buildUploadFiles",
        (
            "assetDeliveryState",
            "assetToken",
            "assetType",
            "fileName",
            "fileSize",
            "sourceFileChecksums",
            "uploadOperations",
            "uti",
        ),
    ),
)

CATALOG: dict[str, ResourceType] = {resource_type.type: resource_type for resource_type in TYPES}
