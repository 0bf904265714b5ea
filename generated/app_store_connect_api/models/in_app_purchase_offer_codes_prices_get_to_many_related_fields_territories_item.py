from ..types import OpenStrEnum


class InAppPurchaseOfferCodesPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
