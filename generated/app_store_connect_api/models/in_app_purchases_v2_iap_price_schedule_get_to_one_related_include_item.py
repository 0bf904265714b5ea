from ..types import OpenStrEnum


class InAppPurchasesV2IapPriceScheduleGetToOneRelatedIncludeItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
