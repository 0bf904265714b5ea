from ..types import OpenStrEnum


class InAppPurchasesV2PricePointsGetToManyRelatedFieldsInAppPurchasePricePointsItem(OpenStrEnum):
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
