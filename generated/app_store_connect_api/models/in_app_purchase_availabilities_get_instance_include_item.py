from ..types import OpenStrEnum


class InAppPurchaseAvailabilitiesGetInstanceIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
