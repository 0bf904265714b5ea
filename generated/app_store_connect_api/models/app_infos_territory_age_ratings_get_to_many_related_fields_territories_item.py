from ..types import OpenStrEnum


class AppInfosTerritoryAgeRatingsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
