from ..types import OpenStrEnum


class AppsGameCenterEnabledVersionsGetToManyRelatedSortItem(OpenStrEnum):
    VALUE_1 = "-versionString"
    VERSIONSTRING = "versionString"
