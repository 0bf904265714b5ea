from ..types import OpenStrEnum


class AppsPromotedPurchasesGetToManyRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    SUBSCRIPTION = "subscription"
