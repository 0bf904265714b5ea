from ..types import OpenStrEnum


class SubscriptionsSubscriptionAvailabilityGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
