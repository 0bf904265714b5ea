from ..types import OpenStrEnum


class ProfilesBundleIdGetToOneRelatedFieldsBundleIdsItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    IDENTIFIER = "identifier"
    NAME = "name"
    PLATFORM = "platform"
    PROFILES = "profiles"
    SEEDID = "seedId"
