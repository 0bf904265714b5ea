from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedIncludeItem(OpenStrEnum):
    APPSTOREREVIEWSCREENSHOT = "appStoreReviewScreenshot"
    CONTENT = "content"
    IAPPRICESCHEDULE = "iapPriceSchedule"
    IMAGES = "images"
    INAPPPURCHASEAVAILABILITY = "inAppPurchaseAvailability"
    INAPPPURCHASELOCALIZATIONS = "inAppPurchaseLocalizations"
    OFFERCODES = "offerCodes"
    PROMOTEDPURCHASE = "promotedPurchase"
    VERSIONS = "versions"
