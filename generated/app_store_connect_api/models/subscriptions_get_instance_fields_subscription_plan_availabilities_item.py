from ..types import OpenStrEnum


class SubscriptionsGetInstanceFieldsSubscriptionPlanAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
    PLANTYPE = "planType"
