from ..types import OpenStrEnum


class SubscriptionAvailabilitiesGetInstanceFieldsSubscriptionAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
