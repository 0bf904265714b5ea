from ..types import OpenStrEnum


class GameCenterLeaderboardSetLocalizationsV2ImageGetToOneRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
