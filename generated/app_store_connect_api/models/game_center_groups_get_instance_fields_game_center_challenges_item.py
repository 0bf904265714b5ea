from ..types import OpenStrEnum


class GameCenterGroupsGetInstanceFieldsGameCenterChallengesItem(OpenStrEnum):
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
