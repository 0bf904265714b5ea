from ..types import OpenStrEnum


class InAppPurchaseAvailabilitiesGetInstanceFieldsInAppPurchaseAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
