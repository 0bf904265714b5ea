from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsV2GetInstanceIncludeItem(OpenStrEnum):
    IMAGE = "image"
    VERSION = "version"
