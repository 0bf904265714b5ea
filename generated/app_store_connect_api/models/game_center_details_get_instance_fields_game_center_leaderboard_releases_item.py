from ..types import OpenStrEnum


class GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
