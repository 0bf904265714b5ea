from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2GetInstanceFieldsGameCenterLeaderboardSetsItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    REFERENCENAME = "referenceName"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
