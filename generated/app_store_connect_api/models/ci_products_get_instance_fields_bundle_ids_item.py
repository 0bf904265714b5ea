from ..types import OpenStrEnum


class CiProductsGetInstanceFieldsBundleIdsItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    IDENTIFIER = "identifier"
    NAME = "name"
    PLATFORM = "platform"
    PROFILES = "profiles"
    SEEDID = "seedId"
