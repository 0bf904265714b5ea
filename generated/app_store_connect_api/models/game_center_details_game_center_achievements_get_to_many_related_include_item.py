from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAchievementsGetToManyRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GROUPACHIEVEMENT = "groupAchievement"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
