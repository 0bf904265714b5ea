from ..types import OpenStrEnum


class CiXcodeVersionsMacOsVersionsGetToManyRelatedFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
