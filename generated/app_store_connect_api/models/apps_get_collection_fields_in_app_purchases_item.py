from ..types import OpenStrEnum


class AppsGetCollectionFieldsInAppPurchasesItem(OpenStrEnum):
    APPS = "apps"
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
    REFERENCENAME = "referenceName"
    REVIEWNOTE = "reviewNote"
    STATE = "state"
    VERSIONS = "versions"
