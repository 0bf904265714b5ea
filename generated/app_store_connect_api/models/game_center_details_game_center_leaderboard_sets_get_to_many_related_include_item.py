from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardSetsGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GROUPLEADERBOARDSET = "groupLeaderboardSet"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
