from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedSortItem(OpenStrEnum):
    INAPPPURCHASETYPE = "inAppPurchaseType"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-inAppPurchaseType"
