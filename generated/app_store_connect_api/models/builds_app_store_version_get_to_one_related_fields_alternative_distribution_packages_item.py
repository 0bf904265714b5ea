from ..types import OpenStrEnum


class BuildsAppStoreVersionGetToOneRelatedFieldsAlternativeDistributionPackagesItem(OpenStrEnum):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
