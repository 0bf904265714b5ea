from ..types import OpenStrEnum


class WinBackOffersPricesGetToManyRelatedIncludeItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
