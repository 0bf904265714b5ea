from ..types import OpenStrEnum


class GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
