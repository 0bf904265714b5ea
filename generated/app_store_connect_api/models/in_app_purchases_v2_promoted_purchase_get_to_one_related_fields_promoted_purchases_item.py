from ..types import OpenStrEnum


class InAppPurchasesV2PromotedPurchaseGetToOneRelatedFieldsPromotedPurchasesItem(OpenStrEnum):
    ENABLED = "enabled"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VISIBLEFORALLUSERS = "visibleForAllUsers"
