from ..types import OpenStrEnum


class AppsGameCenterDetailGetToOneRelatedFieldsGameCenterAchievementReleasesItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
