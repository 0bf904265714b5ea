from ..types import OpenStrEnum


class GameCenterDetailsGameCenterChallengesGetToManyRelatedIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    LEADERBOARD = "leaderboard"
    LEADERBOARDV2 = "leaderboardV2"
    VERSIONS = "versions"
