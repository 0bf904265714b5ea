from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2GetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    VERSIONS = "versions"
