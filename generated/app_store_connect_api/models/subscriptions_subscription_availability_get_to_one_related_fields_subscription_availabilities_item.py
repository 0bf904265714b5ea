from ..types import OpenStrEnum


class SubscriptionsSubscriptionAvailabilityGetToOneRelatedFieldsSubscriptionAvailabilitiesItem(OpenStrEnum):
    AVAILABLEINNEWTERRITORIES = "availableInNewTerritories"
    AVAILABLETERRITORIES = "availableTerritories"
