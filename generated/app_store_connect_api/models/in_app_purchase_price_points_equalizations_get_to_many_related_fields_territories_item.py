from ..types import OpenStrEnum


class InAppPurchasePricePointsEqualizationsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
