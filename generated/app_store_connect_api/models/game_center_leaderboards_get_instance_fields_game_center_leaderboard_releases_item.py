from ..types import OpenStrEnum


class GameCenterLeaderboardsGetInstanceFieldsGameCenterLeaderboardReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARD = "gameCenterLeaderboard"
    LIVE = "live"
