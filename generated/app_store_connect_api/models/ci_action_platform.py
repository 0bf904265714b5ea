from ..types import OpenStrEnum


class CiActionPlatform(OpenStrEnum):
    IOS = "IOS"
    MACOS = "MACOS"
    TVOS = "TVOS"
    VISIONOS = "VISIONOS"
    WATCHOS = "WATCHOS"
