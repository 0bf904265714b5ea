from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesManualPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
