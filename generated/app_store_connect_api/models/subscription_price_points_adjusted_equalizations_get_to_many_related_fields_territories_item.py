from ..types import OpenStrEnum


class SubscriptionPricePointsAdjustedEqualizationsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
