from ..types import OpenStrEnum


class AppPriceSchedulesAutomaticPricesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
