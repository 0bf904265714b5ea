from ..types import OpenStrEnum


class AppsAppTagsGetToManyRelatedSortItem(OpenStrEnum):
    NAME = "name"
    VALUE_1 = "-name"
