from ..types import OpenStrEnum


class InAppPurchaseAvailabilitiesGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
