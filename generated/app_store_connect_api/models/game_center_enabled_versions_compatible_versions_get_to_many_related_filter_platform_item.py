from ..types import OpenStrEnum


class GameCenterEnabledVersionsCompatibleVersionsGetToManyRelatedFilterPlatformItem(OpenStrEnum):
    IOS = "IOS"
    MAC_OS = "MAC_OS"
    TV_OS = "TV_OS"
    VISION_OS = "VISION_OS"
