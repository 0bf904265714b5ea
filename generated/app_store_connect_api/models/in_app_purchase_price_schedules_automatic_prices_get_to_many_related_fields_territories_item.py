from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
