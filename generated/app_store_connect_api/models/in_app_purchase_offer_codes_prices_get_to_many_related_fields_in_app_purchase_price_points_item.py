from ..types import OpenStrEnum


class InAppPurchaseOfferCodesPricesGetToManyRelatedFieldsInAppPurchasePricePointsItem(OpenStrEnum):
    CUSTOMERPRICE = "customerPrice"
    EQUALIZATIONS = "equalizations"
    PROCEEDS = "proceeds"
    TERRITORY = "territory"
