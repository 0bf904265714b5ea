from ..types import OpenStrEnum


class InAppPurchaseOfferCodesPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    PRICEPOINT = "pricePoint"
    TERRITORY = "territory"
