from ..types import OpenStrEnum


class AppPricePointsV3EqualizationsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
