from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
