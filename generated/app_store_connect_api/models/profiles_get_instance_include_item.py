from ..types import OpenStrEnum


class ProfilesGetInstanceIncludeItem(OpenStrEnum):
    BUNDLEID = "bundleId"
    CERTIFICATES = "certificates"
    DEVICES = "devices"
