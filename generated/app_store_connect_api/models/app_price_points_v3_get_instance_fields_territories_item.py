from ..types import OpenStrEnum


class AppPricePointsV3GetInstanceFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
