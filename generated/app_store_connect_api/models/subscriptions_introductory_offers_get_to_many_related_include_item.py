from ..types import OpenStrEnum


class SubscriptionsIntroductoryOffersGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTION = "subscription"
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
