from ..types import OpenStrEnum


class BundleIdsGetCollectionFieldsBundleIdCapabilitiesItem(OpenStrEnum):
    CAPABILITYTYPE = "capabilityType"
    SETTINGS = "settings"
