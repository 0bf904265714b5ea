from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
    LOCALE = "locale"
    NAME = "name"
