from ..types import OpenStrEnum


class AppAvailabilitiesV2TerritoryAvailabilitiesGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
