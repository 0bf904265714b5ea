from ..types import OpenStrEnum


class CiProductsBuildRunsGetToManyRelatedSortItem(OpenStrEnum):
    NUMBER = "number"
    VALUE_1 = "-number"
