from ..types import OpenStrEnum


class GameCenterDetailsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem(
    OpenStrEnum
):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
