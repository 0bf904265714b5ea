from ..types import OpenStrEnum


class AppTagsTerritoriesGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
