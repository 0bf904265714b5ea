from ..types import OpenStrEnum


class AlternativeDistributionPackagesGetInstanceIncludeItem(OpenStrEnum):
    VERSIONS = "versions"
