from ..types import OpenStrEnum


class GameCenterDetailsAchievementReleasesGetToManyRelatedFieldsGameCenterAchievementReleasesItem(
    OpenStrEnum
):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
