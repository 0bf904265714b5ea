from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
