from ..types import OpenStrEnum


class GameCenterLeaderboardSetsGetInstanceFieldsGameCenterLeaderboardSetReleasesItem(OpenStrEnum):
    GAMECENTERDETAIL = "gameCenterDetail"
    GAMECENTERLEADERBOARDSET = "gameCenterLeaderboardSet"
    LIVE = "live"
