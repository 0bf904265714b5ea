from ..types import OpenStrEnum


class GameCenterAchievementReleasesGetInstanceFieldsGameCenterAchievementReleasesItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
