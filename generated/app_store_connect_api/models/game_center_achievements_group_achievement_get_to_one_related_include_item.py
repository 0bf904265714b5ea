from ..types import OpenStrEnum


class GameCenterAchievementsGroupAchievementGetToOneRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GROUPACHIEVEMENT = "groupAchievement"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
