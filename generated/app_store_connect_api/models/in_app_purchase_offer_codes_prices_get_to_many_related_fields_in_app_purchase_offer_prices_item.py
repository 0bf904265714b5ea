from ..types import OpenStrEnum


class InAppPurchaseOfferCodesPricesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem(OpenStrEnum):
    PRICEPOINT = "pricePoint"
    TERRITORY = "territory"
