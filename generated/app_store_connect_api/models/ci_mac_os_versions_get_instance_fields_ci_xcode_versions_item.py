from ..types import OpenStrEnum


class CiMacOsVersionsGetInstanceFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
