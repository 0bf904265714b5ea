from ..types import OpenStrEnum


class SubscriptionPricePointsGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
