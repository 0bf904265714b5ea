from ..types import OpenStrEnum


class InAppPurchasesV2IapPriceScheduleGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
