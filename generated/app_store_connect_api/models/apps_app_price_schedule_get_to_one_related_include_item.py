from ..types import OpenStrEnum


class AppsAppPriceScheduleGetToOneRelatedIncludeItem(OpenStrEnum):
    APP = "app"
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
