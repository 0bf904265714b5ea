from ..types import OpenStrEnum


class SubscriptionsWinBackOffersGetToManyRelatedFieldsWinBackOfferPricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
