from ..types import OpenStrEnum


class SubscriptionsPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
