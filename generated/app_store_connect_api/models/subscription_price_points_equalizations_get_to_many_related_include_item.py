from ..types import OpenStrEnum


class SubscriptionPricePointsEqualizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
