from ..types import OpenStrEnum


class AppsCiProductGetToOneRelatedFieldsBundleIdsItem(OpenStrEnum):
    APP = "app"
    BUNDLEIDCAPABILITIES = "bundleIdCapabilities"
    IDENTIFIER = "identifier"
    NAME = "name"
    PLATFORM = "platform"
    PROFILES = "profiles"
    SEEDID = "seedId"
