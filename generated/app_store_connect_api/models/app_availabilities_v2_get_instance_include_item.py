from ..types import OpenStrEnum


class AppAvailabilitiesV2GetInstanceIncludeItem(OpenStrEnum):
    TERRITORYAVAILABILITIES = "territoryAvailabilities"
