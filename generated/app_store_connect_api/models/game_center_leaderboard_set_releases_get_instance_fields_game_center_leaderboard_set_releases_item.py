from ..types import OpenStrEnum


class GameCenterLeaderboardSetReleasesGetInstanceFieldsGameCenterLeaderboardSetReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
