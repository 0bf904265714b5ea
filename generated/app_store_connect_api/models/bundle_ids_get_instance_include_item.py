from ..types import OpenStrEnum


class BundleIdsGetInstanceIncludeItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    PROFILES = "profiles"
