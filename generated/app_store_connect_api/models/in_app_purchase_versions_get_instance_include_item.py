from ..types import OpenStrEnum


class InAppPurchaseVersionsGetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    IMAGES = "images"
    INAPPPURCHASE = "inAppPurchase"
    LOCALIZATIONS = "localizations"
