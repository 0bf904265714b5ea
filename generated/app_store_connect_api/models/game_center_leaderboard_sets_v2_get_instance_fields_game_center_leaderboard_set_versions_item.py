from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2GetInstanceFieldsGameCenterLeaderboardSetVersionsItem(OpenStrEnum):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
