from ..types import OpenStrEnum


class GameCenterLeaderboardsV2VersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
