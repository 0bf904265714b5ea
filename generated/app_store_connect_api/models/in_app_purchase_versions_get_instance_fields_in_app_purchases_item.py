from ..types import OpenStrEnum


class InAppPurchaseVersionsGetInstanceFieldsInAppPurchasesItem(OpenStrEnum):
    APPSTOREREVIEWSCREENSHOT = "appStoreReviewScreenshot"
    CONTENT = "content"
    CONTENTHOSTING = "contentHosting"
    FAMILYSHARABLE = "familySharable"
    IAPPRICESCHEDULE = "iapPriceSchedule"
    IMAGES = "images"
    INAPPPURCHASEAVAILABILITY = "inAppPurchaseAvailability"
    INAPPPURCHASELOCALIZATIONS = "inAppPurchaseLocalizations"
    INAPPPURCHASETYPE = "inAppPurchaseType"
    NAME = "name"
    OFFERCODES = "offerCodes"
    PRICEPOINTS = "pricePoints"
    PRODUCTID = "productId"
    PROMOTEDPURCHASE = "promotedPurchase"
    REVIEWNOTE = "reviewNote"
    STATE = "state"
    VERSIONS = "versions"
