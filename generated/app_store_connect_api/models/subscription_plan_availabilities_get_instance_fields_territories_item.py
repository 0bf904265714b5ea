from ..types import OpenStrEnum


class SubscriptionPlanAvailabilitiesGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
