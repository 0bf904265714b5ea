from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardSetsGetToManyRelatedFieldsGameCenterLeaderboardSetsItem(
    OpenStrEnum
):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GROUPLEADERBOARDSET = "groupLeaderboardSet"
    LOCALIZATIONS = "localizations"
    REFERENCENAME = "referenceName"
    RELEASES = "releases"
    VENDORIDENTIFIER = "vendorIdentifier"
