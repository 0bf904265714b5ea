from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
