from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem(
    OpenStrEnum
):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
