from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2VersionsGetToManyRelatedFieldsGameCenterLeaderboardSetLocalizationsItem(
    OpenStrEnum
):
    IMAGE = "image"
    LOCALE = "locale"
    NAME = "name"
    VERSION = "version"
