from ..types import OpenStrEnum


class GameCenterLeaderboardsV2GetInstanceFieldsGameCenterLeaderboardSetsItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    REFERENCENAME = "referenceName"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
