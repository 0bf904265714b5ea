from ..types import OpenStrEnum


class AppStoreVersionsGetInstanceFieldsAlternativeDistributionPackagesItem(OpenStrEnum):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
