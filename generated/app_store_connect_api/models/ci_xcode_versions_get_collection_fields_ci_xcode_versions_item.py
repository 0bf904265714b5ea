from ..types import OpenStrEnum


class CiXcodeVersionsGetCollectionFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
