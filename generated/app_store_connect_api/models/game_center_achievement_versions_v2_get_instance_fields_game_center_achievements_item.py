from ..types import OpenStrEnum


class GameCenterAchievementVersionsV2GetInstanceFieldsGameCenterAchievementsItem(OpenStrEnum):
    ACTIVITY = "activity"
    ACTIVITYPROPERTIES = "activityProperties"
    ARCHIVED = "archived"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    POINTS = "points"
    REFERENCENAME = "referenceName"
    REPEATABLE = "repeatable"
    SHOWBEFOREEARNED = "showBeforeEarned"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
