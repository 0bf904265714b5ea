from ..types import OpenStrEnum


class InAppPurchasesV2IapPriceScheduleGetToOneRelatedFieldsInAppPurchasePriceSchedulesItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
