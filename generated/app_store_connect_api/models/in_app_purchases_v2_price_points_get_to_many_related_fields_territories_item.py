from ..types import OpenStrEnum


class InAppPurchasesV2PricePointsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
