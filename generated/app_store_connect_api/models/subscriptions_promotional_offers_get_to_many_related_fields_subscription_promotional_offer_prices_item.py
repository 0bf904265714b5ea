from ..types import OpenStrEnum


class SubscriptionsPromotionalOffersGetToManyRelatedFieldsSubscriptionPromotionalOfferPricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
