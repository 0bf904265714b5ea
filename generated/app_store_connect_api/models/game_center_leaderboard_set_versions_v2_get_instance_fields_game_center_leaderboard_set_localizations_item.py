from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2GetInstanceFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
