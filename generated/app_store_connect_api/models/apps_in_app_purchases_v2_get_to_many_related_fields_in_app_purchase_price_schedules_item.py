from ..types import OpenStrEnum


class AppsInAppPurchasesV2GetToManyRelatedFieldsInAppPurchasePriceSchedulesItem(OpenStrEnum):
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
