from ..types import OpenStrEnum


class GameCenterAchievementsGetInstanceIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GROUPACHIEVEMENT = "groupAchievement"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
