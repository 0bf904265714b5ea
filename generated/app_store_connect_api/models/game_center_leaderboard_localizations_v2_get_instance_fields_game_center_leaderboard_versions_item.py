from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsV2GetInstanceFieldsGameCenterLeaderboardVersionsItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
