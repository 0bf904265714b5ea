from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceIncludeItem(OpenStrEnum):
    APPSTOREREVIEWSCREENSHOT = "appStoreReviewScreenshot"
    CONTENT = "content"
    IAPPRICESCHEDULE = "iapPriceSchedule"
    IMAGES = "images"
    INAPPPURCHASEAVAILABILITY = "inAppPurchaseAvailability"
    INAPPPURCHASELOCALIZATIONS = "inAppPurchaseLocalizations"
    OFFERCODES = "offerCodes"
    PRICEPOINTS = "pricePoints"
    PROMOTEDPURCHASE = "promotedPurchase"
    VERSIONS = "versions"
