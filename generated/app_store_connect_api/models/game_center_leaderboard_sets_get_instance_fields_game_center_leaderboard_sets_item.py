from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetsItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GROUPLEADERBOARDSET = "groupLeaderboardSet"
    LOCALIZATIONS = "localizations"
    REFERENCENAME = "referenceName"
    RELEASES = "releases"
    VENDORIDENTIFIER = "vendorIdentifier"
