from ..types import OpenStrEnum


class GameCenterAchievementsGroupAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
    LOCALE = "locale"
    NAME = "name"
