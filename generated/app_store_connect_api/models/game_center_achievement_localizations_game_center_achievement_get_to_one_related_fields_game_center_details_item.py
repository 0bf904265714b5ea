from ..types import OpenStrEnum


class GameCenterAchievementLocalizationsGameCenterAchievementGetToOneRelatedFieldsGameCenterDetailsItem(
    OpenStrEnum
):
    ACHIEVEMENTRELEASES = "achievementReleases"
    ACTIVITYRELEASES = "activityReleases"
    APP = "app"
    ARCADEENABLED = "arcadeEnabled"
    CHALLENGEENABLED = "challengeEnabled"
    CHALLENGERELEASES = "challengeReleases"
    CHALLENGESMINIMUMPLATFORMVERSIONS = "challengesMinimumPlatformVersions"
    DEFAULTGROUPLEADERBOARD = "defaultGroupLeaderboard"
    DEFAULTGROUPLEADERBOARDV2 = "defaultGroupLeaderboardV2"
    DEFAULTLEADERBOARD = "defaultLeaderboard"
    DEFAULTLEADERBOARDV2 = "defaultLeaderboardV2"
    GAMECENTERACHIEVEMENTS = "gameCenterAchievements"
    GAMECENTERACHIEVEMENTSV2 = "gameCenterAchievementsV2"
    GAMECENTERACTIVITIES = "gameCenterActivities"
    GAMECENTERAPPVERSIONS = "gameCenterAppVersions"
    GAMECENTERCHALLENGES = "gameCenterChallenges"
    GAMECENTERGROUP = "gameCenterGroup"
    GAMECENTERLEADERBOARDS = "gameCenterLeaderboards"
    GAMECENTERLEADERBOARDSETS = "gameCenterLeaderboardSets"
    GAMECENTERLEADERBOARDSETSV2 = "gameCenterLeaderboardSetsV2"
    GAMECENTERLEADERBOARDSV2 = "gameCenterLeaderboardsV2"
    LEADERBOARDRELEASES = "leaderboardReleases"
    LEADERBOARDSETRELEASES = "leaderboardSetReleases"
