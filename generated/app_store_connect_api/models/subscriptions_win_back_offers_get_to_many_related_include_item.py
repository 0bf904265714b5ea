from ..types import OpenStrEnum


class SubscriptionsWinBackOffersGetToManyRelatedIncludeItem(OpenStrEnum):
    PRICES = "prices"
