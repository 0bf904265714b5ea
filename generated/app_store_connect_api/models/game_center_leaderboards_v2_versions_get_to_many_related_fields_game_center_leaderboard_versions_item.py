from ..types import OpenStrEnum


class GameCenterLeaderboardsV2VersionsGetToManyRelatedFieldsGameCenterLeaderboardVersionsItem(OpenStrEnum):
    LEADERBOARD = "leaderboard"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
