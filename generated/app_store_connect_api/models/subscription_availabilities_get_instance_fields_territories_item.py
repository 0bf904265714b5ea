from ..types import OpenStrEnum


class SubscriptionAvailabilitiesGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
