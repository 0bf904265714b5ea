from ..types import OpenStrEnum


class WinBackOffersPricesGetToManyRelatedFieldsWinBackOfferPricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
