from ..types import OpenStrEnum


class BundleIdsGetInstanceFieldsBundleIdCapabilitiesItem(OpenStrEnum):
    CAPABILITYTYPE = "capabilityType"
    SETTINGS = "settings"
