from ..types import OpenStrEnum


class SubscriptionPlanAvailabilitiesAvailableTerritoriesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
