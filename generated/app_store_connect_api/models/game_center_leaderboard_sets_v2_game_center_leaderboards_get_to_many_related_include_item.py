from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    VERSIONS = "versions"
