from ..types import OpenStrEnum


class AppsAppStoreVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem(OpenStrEnum):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
