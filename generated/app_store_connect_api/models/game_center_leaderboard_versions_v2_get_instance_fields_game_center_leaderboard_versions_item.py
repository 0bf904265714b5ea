from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
