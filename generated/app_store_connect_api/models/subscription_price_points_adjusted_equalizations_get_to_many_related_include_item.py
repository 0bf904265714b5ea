from ..types import OpenStrEnum


class SubscriptionPricePointsAdjustedEqualizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
