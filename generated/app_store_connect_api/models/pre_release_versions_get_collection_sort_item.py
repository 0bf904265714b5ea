from ..types import OpenStrEnum


class PreReleaseVersionsGetCollectionSortItem(OpenStrEnum):
    VALUE_1 = "-version"
    VERSION = "version"
