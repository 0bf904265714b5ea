from ..types import OpenStrEnum


class CiMacOsVersionsGetCollectionIncludeItem(OpenStrEnum):
    XCODEVERSIONS = "xcodeVersions"
