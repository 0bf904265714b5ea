from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
