from ..types import OpenStrEnum


class GameCenterAchievementsLocalizationsGetToManyRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
    LOCALE = "locale"
    NAME = "name"
