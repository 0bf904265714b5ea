from ..types import OpenStrEnum


class BundleIdsGetInstanceFieldsBundleIdsItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    IDENTIFIER = "identifier"
    NAME = "name"
    PLATFORM = "platform"
    PROFILES = "profiles"
    SEEDID = "seedId"
