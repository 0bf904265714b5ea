from ..types import OpenStrEnum


class CiXcodeVersionsGetInstanceFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
