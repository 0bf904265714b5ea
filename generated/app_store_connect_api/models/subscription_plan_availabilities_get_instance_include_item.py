from ..types import OpenStrEnum


class SubscriptionPlanAvailabilitiesGetInstanceIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
