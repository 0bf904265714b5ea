from ..types import OpenStrEnum


class SubscriptionsPlanAvailabilitiesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
