from ..types import OpenStrEnum


class InAppPurchaseAppStoreReviewScreenshotsGetInstanceIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
