from ..types import OpenStrEnum


class AppsInAppPurchasesGetToManyRelatedSortItem(OpenStrEnum):
    INAPPPURCHASETYPE = "inAppPurchaseType"
    PRODUCTID = "productId"
    REFERENCENAME = "referenceName"
    VALUE_1 = "-referenceName"
    VALUE_3 = "-productId"
    VALUE_5 = "-inAppPurchaseType"
