from ..types import OpenStrEnum


class GameCenterAchievementsLocalizationsGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERACHIEVEMENTIMAGE = "gameCenterAchievementImage"
