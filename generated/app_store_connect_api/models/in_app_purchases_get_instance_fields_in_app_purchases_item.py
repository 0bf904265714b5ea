from ..types import OpenStrEnum


class InAppPurchasesGetInstanceFieldsInAppPurchasesItem(OpenStrEnum):
    APPS = "apps"
    INAPPPURCHASETYPE = "inAppPurchaseType"
    PRODUCTID = "productId"
    REFERENCENAME = "referenceName"
    STATE = "state"
