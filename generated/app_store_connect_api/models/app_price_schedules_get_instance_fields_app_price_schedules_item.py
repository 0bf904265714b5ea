from ..types import OpenStrEnum


class AppPriceSchedulesGetInstanceFieldsAppPriceSchedulesItem(OpenStrEnum):
    APP = "app"
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
