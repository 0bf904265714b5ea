from ..types import OpenStrEnum


class GameCenterChallengesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERGROUP = "gameCenterGroup"
    LEADERBOARD = "leaderboard"
    LEADERBOARDV2 = "leaderboardV2"
    VERSIONS = "versions"
