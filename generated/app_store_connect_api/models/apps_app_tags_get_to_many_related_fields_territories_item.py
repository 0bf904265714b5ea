from ..types import OpenStrEnum


class AppsAppTagsGetToManyRelatedFieldsTerritoriesItem(OpenStrEnum):
    CURRENCY = "currency"
