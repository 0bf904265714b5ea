from ..types import OpenStrEnum


class AppsAppPriceScheduleGetToOneRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
