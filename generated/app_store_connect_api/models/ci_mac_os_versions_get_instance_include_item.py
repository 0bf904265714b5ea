from ..types import OpenStrEnum


class CiMacOsVersionsGetInstanceIncludeItem(OpenStrEnum):
    XCODEVERSIONS = "xcodeVersions"
