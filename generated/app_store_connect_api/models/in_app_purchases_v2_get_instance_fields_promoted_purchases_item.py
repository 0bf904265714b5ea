from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsPromotedPurchasesItem(OpenStrEnum):
    ENABLED = "enabled"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VISIBLEFORALLUSERS = "visibleForAllUsers"
