from ..types import OpenStrEnum


class AppPriceSchedulesBaseTerritoryGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
