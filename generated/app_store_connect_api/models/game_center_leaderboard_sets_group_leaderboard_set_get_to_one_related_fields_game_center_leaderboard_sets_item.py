from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGroupLeaderboardSetGetToOneRelatedFieldsGameCenterLeaderboardSetsItem(
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
