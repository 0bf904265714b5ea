from ..types import OpenStrEnum


class SubscriptionOfferCodesPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
