from ..types import OpenStrEnum


class AppPriceSchedulesManualPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
