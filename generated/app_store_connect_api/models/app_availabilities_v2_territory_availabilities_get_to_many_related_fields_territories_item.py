from ..types import OpenStrEnum


class AppAvailabilitiesV2TerritoryAvailabilitiesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
