from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsPromotedPurchasesItem(OpenStrEnum):
    ENABLED = "enabled"
    INAPPPURCHASEV2 = "inAppPurchaseV2"
    STATE = "state"
    SUBSCRIPTION = "subscription"
    VISIBLEFORALLUSERS = "visibleForAllUsers"
