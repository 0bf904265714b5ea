from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
