from ..types import OpenStrEnum


class GameCenterGroupsGameCenterActivitiesGetToManyRelatedIncludeItem(OpenStrEnum):
    ACHIEVEMENTS = "achievements"
    ACHIEVEMENTSV2 = "achievementsV2"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    LEADERBOARDS = "leaderboards"
    LEADERBOARDSV2 = "leaderboardsV2"
    VERSIONS = "versions"
