from ..types import OpenStrEnum


class InAppPurchasesV2InAppPurchaseAvailabilityGetToOneRelatedIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
