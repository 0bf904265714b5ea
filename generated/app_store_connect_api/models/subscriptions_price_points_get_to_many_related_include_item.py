from ..types import OpenStrEnum


class SubscriptionsPricePointsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
