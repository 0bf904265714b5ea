from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardSetsV2GetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    VERSIONS = "versions"
