from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardVersionsItem(
    OpenStrEnum
):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
