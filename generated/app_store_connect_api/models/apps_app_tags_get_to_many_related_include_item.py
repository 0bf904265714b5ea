from ..types import OpenStrEnum


class AppsAppTagsGetToManyRelatedIncludeItem(OpenStrEnum):
    TERRITORIES = "territories"
