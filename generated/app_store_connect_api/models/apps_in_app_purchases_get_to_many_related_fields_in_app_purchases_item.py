from ..types import OpenStrEnum


class AppsInAppPurchasesGetToManyRelatedFieldsInAppPurchasesItem(OpenStrEnum):
    APPS = "apps"
    INAPPPURCHASETYPE = "inAppPurchaseType"
    PRODUCTID = "productId"
    REFERENCENAME = "referenceName"
    STATE = "state"
