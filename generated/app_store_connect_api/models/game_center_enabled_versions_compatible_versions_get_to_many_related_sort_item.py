from ..types import OpenStrEnum


class GameCenterEnabledVersionsCompatibleVersionsGetToManyRelatedSortItem(OpenStrEnum):
    VALUE_1 = "-versionString"
    VERSIONSTRING = "versionString"
