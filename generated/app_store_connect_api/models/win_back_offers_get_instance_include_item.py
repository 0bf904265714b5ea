from ..types import OpenStrEnum


class WinBackOffersGetInstanceIncludeItem(OpenStrEnum):
    PRICES = "prices"
