from ..types import OpenStrEnum


class GameCenterLeaderboardsGetInstanceIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GROUPLEADERBOARD = "groupLeaderboard"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
