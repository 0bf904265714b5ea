from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGetInstanceFieldsGameCenterAchievementLocalizationsItem(OpenStrEnum):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
    LOCALE = "locale"
    NAME = "name"
