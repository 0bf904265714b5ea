from ..types import OpenStrEnum


class InAppPurchasePricePointsEqualizationsGetToManyRelatedFieldsInAppPurchasePricePointsItem(OpenStrEnum):
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
