from ..types import OpenStrEnum


class BuildsGetCollectionFilterPreReleaseVersionPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    TV_OS = "TV_OS"
    VISION_OS = "VISION_OS"
