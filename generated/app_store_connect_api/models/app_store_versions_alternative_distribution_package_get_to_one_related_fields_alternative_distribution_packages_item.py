from ..types import OpenStrEnum


class AppStoreVersionsAlternativeDistributionPackageGetToOneRelatedFieldsAlternativeDistributionPackagesItem(
    OpenStrEnum
):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
