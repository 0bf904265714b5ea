from ..types import OpenStrEnum


class AlternativeDistributionPackagesGetInstanceFieldsAlternativeDistributionPackagesItem(OpenStrEnum):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
