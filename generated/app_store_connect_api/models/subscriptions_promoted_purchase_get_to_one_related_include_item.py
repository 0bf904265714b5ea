from ..types import OpenStrEnum


class SubscriptionsPromotedPurchaseGetToOneRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    SUBSCRIPTION = "subscription"
