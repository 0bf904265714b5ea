from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2LocalizationsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem(
    OpenStrEnum
):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
