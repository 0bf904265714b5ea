from ..types import OpenStrEnum


class SubscriptionPricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
