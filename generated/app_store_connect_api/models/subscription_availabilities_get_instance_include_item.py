from ..types import OpenStrEnum


class SubscriptionAvailabilitiesGetInstanceIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
