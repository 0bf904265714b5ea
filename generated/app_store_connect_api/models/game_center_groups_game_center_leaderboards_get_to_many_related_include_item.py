from ..types import OpenStrEnum


class GameCenterGroupsGameCenterLeaderboardsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GROUPLEADERBOARD = "groupLeaderboard"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
