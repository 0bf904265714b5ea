from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedIncludeItem(OpenStrEnum):
    ACTIVITY = "activity"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GROUPACHIEVEMENT = "groupAchievement"
    LOCALIZATIONS = "localizations"
    RELEASES = "releases"
