from ..types import OpenStrEnum


class BundleIdsBundleIdCapabilitiesGetToManyRelatedFieldsBundleIdCapabilitiesItem(OpenStrEnum):
    CAPABILITYTYPE = "capabilityType"
    SETTINGS = "settings"
