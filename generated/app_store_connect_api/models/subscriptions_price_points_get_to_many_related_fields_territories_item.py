from ..types import OpenStrEnum


class SubscriptionsPricePointsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
