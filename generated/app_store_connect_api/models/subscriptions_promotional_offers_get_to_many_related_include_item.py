from ..types import OpenStrEnum


class SubscriptionsPromotionalOffersGetToManyRelatedIncludeItem(OpenStrEnum):
    PRICES = "prices"
    SUBSCRIPTION = "subscription"
