from ..types import OpenStrEnum


class DeviceAttributesDeviceClass(OpenStrEnum):
    APPLE_TV = "APPLE_TV"
    APPLE_VISION_PRO = "APPLE_VISION_PRO"
    APPLE_WATCH = "APPLE_WATCH"
    IPAD = "IPAD"
    IPHONE = "IPHONE"
    IPOD = "IPOD"
    MAC = "MAC"
