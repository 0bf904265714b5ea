from ..types import OpenStrEnum


class AlternativeDistributionPackagesVersionsGetToManyRelatedFieldsAlternativeDistributionPackagesItem(
    OpenStrEnum
):
    SOURCEFILECHECKSUM = "sourceFileChecksum"
    VERSIONS = "versions"
