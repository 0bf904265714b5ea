from ..types import OpenStrEnum


class InAppPurchaseImagesGetInstanceIncludeItem(OpenStrEnum):
    INAPPPURCHASE = "inAppPurchase"
