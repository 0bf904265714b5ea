from ..types import OpenStrEnum


class AppsAppAvailabilityV2GetToOneRelatedFieldsAppAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    TERRITORYAVAILABILITIES = "territoryAvailabilities"
