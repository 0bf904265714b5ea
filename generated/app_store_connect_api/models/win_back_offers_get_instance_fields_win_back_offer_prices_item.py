from ..types import OpenStrEnum


class WinBackOffersGetInstanceFieldsWinBackOfferPricesItem(OpenStrEnum):
    SUBSCRIPTIONPRICEPOINT = "subscriptionPricePoint"
    TERRITORY = "territory"
