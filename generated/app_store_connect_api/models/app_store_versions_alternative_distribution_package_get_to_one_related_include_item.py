from ..types import OpenStrEnum


class AppStoreVersionsAlternativeDistributionPackageGetToOneRelatedIncludeItem(OpenStrEnum):
    VERSIONS = "versions"
