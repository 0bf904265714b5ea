from ..types import OpenStrEnum


class AppsPromotedPurchasesGetToManyRelatedFieldsPromotedPurchasesItem(OpenStrEnum):
    ENABLED = "enabled"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VISIBLEFORALLUSERS = "visibleForAllUsers"
