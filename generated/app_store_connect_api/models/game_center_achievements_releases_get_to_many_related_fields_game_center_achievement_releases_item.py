from ..types import OpenStrEnum


class GameCenterAchievementsReleasesGetToManyRelatedFieldsGameCenterAchievementReleasesItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
