from ..types import OpenStrEnum


class BundleIdPlatform(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    SERVICES = "SERVICES"
    UNIVERSAL = "UNIVERSAL"
