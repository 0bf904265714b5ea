from ..types import OpenStrEnum


class GameCenterAchievementsReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
