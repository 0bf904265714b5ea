from ..types import OpenStrEnum


class GameCenterLeaderboardSetReleasesGetInstanceIncludeItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
