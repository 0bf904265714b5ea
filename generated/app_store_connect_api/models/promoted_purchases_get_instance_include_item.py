from ..types import OpenStrEnum


class PromotedPurchasesGetInstanceIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    SUBSCRIPTION = "subscription"
