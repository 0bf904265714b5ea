from ..types import OpenStrEnum


class AlternativeDistributionPackageVersionsGetInstanceFieldsAlternativeDistributionPackagesItem(OpenStrEnum):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
