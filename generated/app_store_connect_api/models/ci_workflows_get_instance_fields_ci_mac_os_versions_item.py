from ..types import OpenStrEnum


class CiWorkflowsGetInstanceFieldsCiMacOsVersionsItem(OpenStrEnum):
    NAME = "name"
    VERSION = "version"
    XCODEVERSIONS = "xcodeVersions"
