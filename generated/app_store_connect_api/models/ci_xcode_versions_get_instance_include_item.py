from ..types import OpenStrEnum


class CiXcodeVersionsGetInstanceIncludeItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
