from ..types import OpenStrEnum


class AppsAccessibilityDeclarationsGetToManyRelatedFilterDeviceFamilyItem(OpenStrEnum):
    APPLE_TV = "APPLE_TV"
    APPLE_WATCH = "APPLE_WATCH"
    IPAD = "IPAD"
    IPHONE = "IPHONE"
    MAC = "MAC"
    VISION = "VISION"
