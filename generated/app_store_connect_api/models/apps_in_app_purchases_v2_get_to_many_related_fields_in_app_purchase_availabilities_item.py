from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchaseAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
