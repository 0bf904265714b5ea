from ..types import OpenStrEnum


class AppsAppAvailabilityV2GetToOneRelatedIncludeItem(OpenStrEnum):
    TERRITORYAVAILABILITIES = "territoryAvailabilities"
