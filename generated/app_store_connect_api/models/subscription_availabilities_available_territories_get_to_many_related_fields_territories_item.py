from ..types import OpenStrEnum


class SubscriptionAvailabilitiesAvailableTerritoriesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
