from ..types import OpenStrEnum


class SubscriptionPromotionalOffersGetInstanceFieldsSubscriptionPromotionalOfferPricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
