from ..types import OpenStrEnum


class SubscriptionOfferCodesGetInstanceFieldsSubscriptionOfferCodePricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
