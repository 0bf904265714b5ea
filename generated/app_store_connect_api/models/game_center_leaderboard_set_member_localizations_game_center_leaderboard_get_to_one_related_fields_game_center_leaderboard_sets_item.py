from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardGetToOneRelatedFieldsGameCenterLeaderboardSetsItem(
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
