from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesManualPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    TERRITORY = "territory"
