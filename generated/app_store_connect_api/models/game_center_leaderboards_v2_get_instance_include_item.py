from ..types import OpenStrEnum


class GameCenterLeaderboardsV2GetInstanceIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    VERSIONS = "versions"
