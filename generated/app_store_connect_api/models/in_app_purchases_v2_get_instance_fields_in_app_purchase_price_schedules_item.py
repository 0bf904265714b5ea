from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchasePriceSchedulesItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
