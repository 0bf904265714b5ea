from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsV2GetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
