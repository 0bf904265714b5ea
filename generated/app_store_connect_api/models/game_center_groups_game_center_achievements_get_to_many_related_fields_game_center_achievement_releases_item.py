from ..types import OpenStrEnum


class GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterAchievementReleasesItem(
    OpenStrEnum
):
    GAMECENTERACHIEVEMENT = "gameCenterAchievement"
    GAMECENTERDETAIL = "gameCenterDetail"
    LIVE = "live"
