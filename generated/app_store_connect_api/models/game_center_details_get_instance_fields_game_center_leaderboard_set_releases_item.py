from ..types import OpenStrEnum


class GameCenterDetailsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
