from ..types import OpenStrEnum


class CiXcodeVersionsGetCollectionIncludeItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
