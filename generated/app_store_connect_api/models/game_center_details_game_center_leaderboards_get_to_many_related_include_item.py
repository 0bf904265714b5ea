from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GROUPLEADERBOARD = "groupLeaderboard"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
