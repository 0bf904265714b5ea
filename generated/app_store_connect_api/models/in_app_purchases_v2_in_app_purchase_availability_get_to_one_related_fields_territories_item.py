from ..types import OpenStrEnum


class InAppPurchasesV2InAppPurchaseAvailabilityGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
