from ..types import OpenStrEnum


class CiMacOsVersionsGetCollectionFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
