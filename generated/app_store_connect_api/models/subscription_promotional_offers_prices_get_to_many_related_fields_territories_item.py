from ..types import OpenStrEnum


class SubscriptionPromotionalOffersPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
