from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetVersionsItem(
    OpenStrEnum
):
    LEADERBOARDSET = "leaderboardSet"
    LOCALIZATIONS = "localizations"
    STATE = "state"
    VERSION = "version"
