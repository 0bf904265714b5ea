from ..types import OpenStrEnum


class InAppPurchaseOfferCodesGetInstanceFieldsInAppPurchaseOfferPricesItem(OpenStrEnum):
    PRICEPOINT = "pricePoint"
    TERRITORY = "territory"
