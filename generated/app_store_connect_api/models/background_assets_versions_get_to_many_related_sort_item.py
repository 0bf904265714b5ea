from ..types import OpenStrEnum


class BackgroundAssetsVersionsGetToManyRelatedSortItem(OpenStrEnum):
    VALUE_1 = "-version"
    VERSION = "version"
