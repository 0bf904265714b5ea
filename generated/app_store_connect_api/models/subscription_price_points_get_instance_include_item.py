from ..types import OpenStrEnum


class SubscriptionPricePointsGetInstanceIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
