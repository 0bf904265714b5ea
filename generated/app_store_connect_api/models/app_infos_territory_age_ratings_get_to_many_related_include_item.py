from ..types import OpenStrEnum


class AppInfosTerritoryAgeRatingsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
