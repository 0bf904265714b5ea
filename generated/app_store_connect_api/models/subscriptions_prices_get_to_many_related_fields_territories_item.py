from ..types import OpenStrEnum


class SubscriptionsPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
