from ..types import OpenStrEnum


class AppAvailabilitiesV2GetInstanceFieldsAppAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    TERRITORYAVAILABILITIES = "territoryAvailabilities"
