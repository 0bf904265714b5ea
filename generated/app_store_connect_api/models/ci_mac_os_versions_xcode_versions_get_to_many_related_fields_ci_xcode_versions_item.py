from ..types import OpenStrEnum


class CiMacOsVersionsXcodeVersionsGetToManyRelatedFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
