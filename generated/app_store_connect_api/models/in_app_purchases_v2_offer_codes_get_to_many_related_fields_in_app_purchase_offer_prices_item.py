from ..types import OpenStrEnum


class InAppPurchasesV2OfferCodesGetToManyRelatedFieldsInAppPurchaseOfferPricesItem(OpenStrEnum):
    PRICEPOINT = "pricePoint"
    TERRITORY = "territory"
