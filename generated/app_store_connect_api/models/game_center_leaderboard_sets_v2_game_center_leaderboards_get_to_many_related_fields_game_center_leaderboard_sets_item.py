from ..types import OpenStrEnum


class GameCenterLeaderboardSetsV2GameCenterLeaderboardsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    REFERENCENAME = "referenceName"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
