from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardSetsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    REFERENCENAME = "referenceName"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
