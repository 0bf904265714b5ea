from ..types import OpenStrEnum


class BundleIdsGetCollectionFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    UNIVERSAL = "UNIVERSAL"
