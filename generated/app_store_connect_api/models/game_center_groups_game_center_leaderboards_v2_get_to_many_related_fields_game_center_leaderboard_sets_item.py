from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterLeaderboardSetsItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    REFERENCENAME = "referenceName"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
