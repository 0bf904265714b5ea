from ..types import OpenStrEnum


class InAppPurchasesV2AppStoreReviewScreenshotGetToOneRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
