from ..types import OpenStrEnum


class CiXcodeVersionsMacOsVersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    XCODEVERSIONS = "xcodeVersions"
