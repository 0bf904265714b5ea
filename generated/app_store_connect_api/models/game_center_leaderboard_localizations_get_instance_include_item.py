from ..types import OpenStrEnum


class GameCenterLeaderboardLocalizationsGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    GAMECENTERLEADERBOARDIMAGE = "gameCenterLeaderboardImage"
