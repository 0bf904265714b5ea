from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementImageGetToOneRelatedFieldsGameCenterAchievementLocalizationsItem(
    OpenStrEnum
):
    AFTEREARNEDDESCRIPTION = "afterEarnedDescription"
    BEFOREEARNEDDESCRIPTION = "beforeEarnedDescription"
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
    LOCALE = "locale"
    NAME = "name"
