from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    INAPPPURCHASEPRICEPOINT = "inAppPurchasePricePoint"
    TERRITORY = "territory"
