from ..types import OpenStrEnum


class GameCenterAchievementsGroupAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem(
    OpenStrEnum
):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
