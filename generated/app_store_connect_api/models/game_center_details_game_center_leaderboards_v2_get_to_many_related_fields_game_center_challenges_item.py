from ..types import OpenStrEnum


class GameCenterDetailsGameCenterLeaderboardsV2GetToManyRelatedFieldsGameCenterChallengesItem(OpenStrEnum):
    ARCHIVED = "archived"
    CHALLENGETYPE = "challengeType"
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    LEADERBOARD = "leaderboard"
    LEADERBOARDV2 = "leaderboardV2"
    REFERENCENAME = "referenceName"
    REPEATABLE = "repeatable"
    VENDORIDENTIFIER = "vendorIdentifier"
    VERSIONS = "versions"
