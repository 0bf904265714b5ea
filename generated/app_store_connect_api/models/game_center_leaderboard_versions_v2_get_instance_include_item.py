from ..types import OpenStrEnum


class GameCenterLeaderboardVersionsV2GetInstanceIncludeItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
