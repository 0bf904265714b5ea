from ..types import OpenStrEnum


class AppsAppPricePointsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
