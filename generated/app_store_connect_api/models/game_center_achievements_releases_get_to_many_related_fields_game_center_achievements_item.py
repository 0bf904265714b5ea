from ..types import OpenStrEnum


class GameCenterAchievementsReleasesGetToManyRelatedFieldsGameCenterAchievementsItem(OpenStrEnum):
    ACTIVITY = "activity"
    ACTIVITYPROPERTIES = "activityProperties"
    ARCHIVED = "archived"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    GROUPACHIEVEMENT = "groupAchievement"
    LOCALIZATIONS = "localizations"
    POINTS = "points"
    REFERENCENAME = "referenceName"
    RELEASES = "releases"
    REPEATABLE = "repeatable"
    SHOWBEFOREEARNED = "showBeforeEarned"
    VENDORIDENTIFIER = "vendorIdentifier"
