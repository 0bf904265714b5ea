from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2GetInstanceIncludeItem(OpenStrEnum):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
