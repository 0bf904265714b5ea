from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterAchievementReleasesItem(OpenStrEnum):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
