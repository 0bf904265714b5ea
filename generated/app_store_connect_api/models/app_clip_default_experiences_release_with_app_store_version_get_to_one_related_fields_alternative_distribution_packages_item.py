from ..types import OpenStrEnum


class AppClipDefaultExperiencesReleaseWithAppStoreVersionGetToOneRelatedFieldsAlternativeDistributionPackagesItem(
    OpenStrEnum
):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
