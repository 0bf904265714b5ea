from ..types import OpenStrEnum


class CiMacOsVersionsXcodeVersionsGetToManyRelatedFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
