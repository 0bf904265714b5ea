from ..types import OpenStrEnum


class GameCenterAchievementReleasesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
