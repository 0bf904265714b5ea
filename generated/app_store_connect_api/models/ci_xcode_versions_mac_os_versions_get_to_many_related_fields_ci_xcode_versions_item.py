from ..types import OpenStrEnum


class CiXcodeVersionsMacOsVersionsGetToManyRelatedFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
