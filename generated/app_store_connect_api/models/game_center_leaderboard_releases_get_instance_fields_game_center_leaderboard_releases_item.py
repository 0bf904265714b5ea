from ..types import OpenStrEnum


class GameCenterLeaderboardReleasesGetInstanceFieldsGameCenterLeaderboardReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
