from ..types import OpenStrEnum


class DevicesGetCollectionFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    UNIVERSAL = "UNIVERSAL"
