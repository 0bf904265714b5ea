from ..types import OpenStrEnum


class CiMacOsVersionsXcodeVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
