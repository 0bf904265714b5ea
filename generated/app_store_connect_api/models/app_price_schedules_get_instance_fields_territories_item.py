from ..types import OpenStrEnum


class AppPriceSchedulesGetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
