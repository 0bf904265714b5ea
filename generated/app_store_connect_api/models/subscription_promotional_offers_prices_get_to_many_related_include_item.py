from ..types import OpenStrEnum


class SubscriptionPromotionalOffersPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
