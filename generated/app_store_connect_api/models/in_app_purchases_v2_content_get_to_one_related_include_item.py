from ..types import OpenStrEnum


class InAppPurchasesV2ContentGetToOneRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
