from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GROUPLEADERBOARDSET = "groupLeaderboardSet"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
