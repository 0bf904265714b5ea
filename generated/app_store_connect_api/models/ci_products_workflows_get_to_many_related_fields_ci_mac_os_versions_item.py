from ..types import OpenStrEnum


class CiProductsWorkflowsGetToManyRelatedFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
