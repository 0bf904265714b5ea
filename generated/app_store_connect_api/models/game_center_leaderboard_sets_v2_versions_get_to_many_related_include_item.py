from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2VersionsGetToManyRelatedIncludeItem(OpenStrEnum):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
