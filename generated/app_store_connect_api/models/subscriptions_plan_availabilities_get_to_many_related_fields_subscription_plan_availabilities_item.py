from ..types import OpenStrEnum


class SubscriptionsPlanAvailabilitiesGetToManyRelatedFieldsSubscriptionPlanAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
    PLANTYPE = "planType"
