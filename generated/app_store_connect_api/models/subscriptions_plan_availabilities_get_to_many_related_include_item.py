from ..types import OpenStrEnum


class SubscriptionsPlanAvailabilitiesGetToManyRelatedIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
