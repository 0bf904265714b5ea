from ..types import OpenStrEnum


class BundleIdsGetCollectionIncludeItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    PROFILES = "profiles"
