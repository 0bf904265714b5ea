from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterAchievementReleasesItem(
    OpenStrEnum
):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
