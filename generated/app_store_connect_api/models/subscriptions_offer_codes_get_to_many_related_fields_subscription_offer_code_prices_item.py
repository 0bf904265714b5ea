from ..types import OpenStrEnum


class SubscriptionsOfferCodesGetToManyRelatedFieldsSubscriptionOfferCodePricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
