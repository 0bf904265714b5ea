from ..types import OpenStrEnum


class SubscriptionsSubscriptionAvailabilityGetToOneRelatedIncludeItem(OpenStrEnum):
    AVAILABLETERRITORIES = "availableTerritories"
