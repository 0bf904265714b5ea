from ..types import OpenStrEnum


class GameCenterDetailsAchievementReleasesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
