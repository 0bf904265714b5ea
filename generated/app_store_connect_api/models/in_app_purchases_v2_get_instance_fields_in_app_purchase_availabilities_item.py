from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchaseAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
