from ..types import OpenStrEnum


class InAppPurchasePriceSchedulesManualPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem(OpenStrEnum):
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
