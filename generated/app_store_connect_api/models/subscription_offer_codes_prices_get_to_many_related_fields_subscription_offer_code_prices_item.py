from ..types import OpenStrEnum


class SubscriptionOfferCodesPricesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
