from ..types import OpenStrEnum


class BetaTesterAttributesAppDevicesItemPlatform(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    TV_OS = "TV_OS"
    VISION_OS = "VISION_OS"
    WATCH_OS = "WATCH_OS"
