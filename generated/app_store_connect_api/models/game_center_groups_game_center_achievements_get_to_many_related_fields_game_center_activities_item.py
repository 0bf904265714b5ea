from ..types import OpenStrEnum


class GameCenterGroupsGameCenterAchievementsGetToManyRelatedFieldsGameCenterActivitiesItem(OpenStrEnum):
    ACHIEVEMENTS = "achievements"
    ACHIEVEMENTSV2 = "achievementsV2"
    ARCHIVED = "archived"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    LEADERBOARDS = "leaderboards"
    LEADERBOARDSV2 = "leaderboardsV2"
    MAXIMUMPLAYERSCOUNT = "maximumPlayersCount"
    MINIMUMPLAYERSCOUNT = "minimumPlayersCount"
    PLAYSTYLE = "playStyle"
    PROPERTIES = "properties"
    REFERENCENAME = "referenceName"
    SUPPORTSPARTYCODE = "supportsPartyCode"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
