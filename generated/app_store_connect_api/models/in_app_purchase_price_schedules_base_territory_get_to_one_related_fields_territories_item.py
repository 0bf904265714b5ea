from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesBaseTerritoryGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
