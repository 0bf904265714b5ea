from ..types import OpenStrEnum


class CiXcodeVersionsGetInstanceFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
