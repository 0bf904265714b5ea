from ..types import OpenStrEnum


class ProfilesGetCollectionIncludeItem(OpenStrEnum):
    BUNDLEID = "bundleId"
    CERTIFICATES = "certificates"
    DEVICES = "devices"
