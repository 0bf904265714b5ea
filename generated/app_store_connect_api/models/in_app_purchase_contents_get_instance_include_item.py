from ..types import OpenStrEnum


class InAppPurchaseContentsGetInstanceIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
