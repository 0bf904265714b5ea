from ..types import OpenStrEnum


class AppsAppPriceScheduleGetToOneRelatedFieldsAppPriceSchedulesItem(OpenStrEnum):
    APP = "app"
    AUTOMATICPRICES = "automaticPrices"
    BASETERRITORY = "baseTerritory"
    MANUALPRICES = "manualPrices"
