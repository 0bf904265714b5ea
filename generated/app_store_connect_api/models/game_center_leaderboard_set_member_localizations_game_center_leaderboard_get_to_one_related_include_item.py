from ..types import OpenStrEnum


class GameCenterLeaderboardSetMemberLocalizationsGameCenterLeaderboardGetToOneRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    CHALLENGE = "challenge"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GROUPLEADERBOARD = "groupLeaderboard"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
