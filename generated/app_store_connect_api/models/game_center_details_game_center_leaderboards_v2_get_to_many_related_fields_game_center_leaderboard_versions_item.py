from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem(
    OpenStrEnum
):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
