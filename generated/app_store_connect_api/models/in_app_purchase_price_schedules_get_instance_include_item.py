from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesGetInstanceIncludeItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
