from ..types import OpenStrEnum


class InAppPurchasePricePointsEqualizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORY = "territory"
