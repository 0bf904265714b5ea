from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
