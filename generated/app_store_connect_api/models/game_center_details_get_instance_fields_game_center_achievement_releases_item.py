from ..types import OpenStrEnum


class GameCenterDetailsGetInstanceFieldsGameCenterAchievementReleasesItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
