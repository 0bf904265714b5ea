from ..types import OpenStrEnum


class CiMacOsVersionsGetInstanceFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
