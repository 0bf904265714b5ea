from ..types import OpenStrEnum


class InAppPurchasesV2PromotedPurchaseGetToOneRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    SUBSCRIPTION = "subscription"
