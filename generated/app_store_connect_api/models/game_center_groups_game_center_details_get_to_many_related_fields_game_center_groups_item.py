from ..types import OpenStrEnum


class GameCenterGroupsGameCenterDetailsGetToManyRelatedFieldsGameCenterGroupsItem(OpenStrEnum):
    GAMECENTERACHIEVEMENTS = "gameCenterAchievements"
    GAMECENTERACHIEVEMENTSV2 = "gameCenterAchievementsV2"
    GAMECENTERACTIVITIES = "gameCenterActivities"
    GAMECENTERCHALLENGES = "gameCenterChallenges"
    GAMECENTERDETAILS = "gameCenterDetails"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GAMECENTERLEADERBOARDSETSV2 = "gameCenterLeaderboardSetsV2"
    GAMECENTERLEADERBOARDSV2 = "gameCenterLeaderboardsV2"
    REFERENCENAME = "referenceName"
