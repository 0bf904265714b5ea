from ..types import OpenStrEnum


class GameCenterAppVersionsAppStoreVersionGetToOneRelatedFieldsAlternativeDistributionPackagesItem(
    OpenStrEnum
):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
