from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesGetInstanceFieldsInAppPurchasePriceSchedulesItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
