from ..types import OpenStrEnum


class InAppPurchasesV2InAppPurchaseLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEV2 = "inAppPurchaseV2"
