from ..types import OpenStrEnum


class GameCenterLeaderboardSetVersionsV2GetInstanceFieldsGameCenterLeaderboardSetVersionsItem(OpenStrEnum):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
