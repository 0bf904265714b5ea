from ..types import OpenStrEnum


class InAppPurchasesV2GetInstanceFieldsInAppPurchasePricePointsItem(OpenStrEnum):
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
