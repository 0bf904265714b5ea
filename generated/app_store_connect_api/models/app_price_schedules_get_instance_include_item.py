from ..types import OpenStrEnum


class AppPriceSchedulesGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
