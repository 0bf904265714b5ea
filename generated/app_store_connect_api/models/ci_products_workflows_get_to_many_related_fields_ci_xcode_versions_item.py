from ..types import OpenStrEnum


class CiProductsWorkflowsGetToManyRelatedFieldsCiXcodeVersionsItem(OpenStrEnum):
    MACOSVERSIONS = "macOsVersions"
    NAME = "name"
    TESTDESTINATIONS = "testDestinations"
    VERSION = "version"
