from ..types import OpenStrEnum


class InAppPurchaseAvailabilitiesAvailableTerritoriesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
