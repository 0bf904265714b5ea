from ..types import OpenStrEnum


class SubscriptionOfferCodesPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
