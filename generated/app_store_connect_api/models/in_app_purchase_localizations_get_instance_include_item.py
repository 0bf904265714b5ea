from ..types import OpenStrEnum


class InAppPurchaseLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
