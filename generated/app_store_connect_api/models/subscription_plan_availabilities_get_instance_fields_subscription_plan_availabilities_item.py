from ..types import OpenStrEnum


class SubscriptionPlanAvailabilitiesGetInstanceFieldsSubscriptionPlanAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
    PLANTYPE = "planType"
