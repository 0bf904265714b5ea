from ..types import OpenStrEnum


class CiXcodeVersionsGetCollectionFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
