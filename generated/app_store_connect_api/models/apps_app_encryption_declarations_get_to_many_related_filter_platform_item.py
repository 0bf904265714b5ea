from ..types import OpenStrEnum


class AppsAppEncryptionDeclarationsGetToManyRelatedFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    TV_OS = "TV_OS"
    VISION_OS = "VISION_OS"
