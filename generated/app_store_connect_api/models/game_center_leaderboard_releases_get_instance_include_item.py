from ..types import OpenStrEnum


class GameCenterLeaderboardReleasesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
