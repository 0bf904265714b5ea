from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    VERSIONS = "versions"
